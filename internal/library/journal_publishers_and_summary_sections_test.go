package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestJournalNotItsPublishingCompany: a journal's article whose
// citation_publisher names the company that publishes the journal
// ("Northgate Medical Publishing Group") is cited by the journal's own
// name, the site's name where it names the journal ("The Paediatric
// Journal"), else citation_journal_title: a journal is cited by its
// name, as a magazine is over its company. A body that publishes its own
// journal, and a page with no journal title, keep citation_publisher.
func TestJournalNotItsPublishingCompany(t *testing.T) {
	for _, c := range []struct{ publisher, journal, site, want string }{
		{"Northgate Medical Publishing Group", "Paediatric Journal", "The Paediatric Journal", "The Paediatric Journal"},
		{"Larkfield Academic Press Ltd", "Child Health Review", "", "Child Health Review"},
		{"Larkfield Academic Press Ltd", "Child Health Review", "Larkfield Journals", "Child Health Review"},
		{"Royal College of School Nursing", "School Nursing Today", "School Nursing Today", "Royal College of School Nursing"},
		{"Northgate Medical Publishing Group", "", "The Paediatric Journal", "Northgate Medical Publishing Group"},
	} {
		head := `<meta name="citation_publisher" content="` + c.publisher + `">`
		if c.journal != "" {
			head += `<meta name="citation_journal_title" content="` + c.journal + `">`
		}
		if c.site != "" {
			head += `<meta property="og:site_name" content="` + c.site + `">`
		}
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Waits for community paediatrics grow</title>` + head + `
<meta name="citation_date" content="2025/10/17"></head>
<body><main><article><h1>Waits for community paediatrics grow</h1>
<p>The number of children waiting more than a year rose by 18% in twelve months.</p></article></main></body></html>`
		im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news"})
		if err != nil {
			t.Errorf("%s: %v", c.publisher, err)
			continue
		}
		if im.Source.Publisher != c.want {
			t.Errorf("publisher %q, journal %q, site %q: got %q, want %q", c.publisher, c.journal, c.site, im.Source.Publisher, c.want)
		}
	}
}

// TestSummarySectionBeforeTheArticleIsKept: a briefing page's summary
// section, set apart before the article's body ("<section
// class="summary">" holding a "Summary" heading, a paragraph and a
// bulleted list), is the report's own text: kept before the body, its
// bullets as a list. Before: the reader took the body alone and the
// summary's findings were lost.
func TestSummarySectionBeforeTheArticleIsKept(t *testing.T) {
	body := `<p>Paragraph of the body that tells the reader about the survey and what it found in some detail across the county.</p>`
	for range 6 {
		body += `<p>Councils reported that waits for school nursing assessments had grown across the county, and families described long gaps between contacts with the service over the last year.</p>`
	}
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>School nursing in England</title>
<meta property="article:published_time" content="2025-09-09T07:00:00Z"><meta property="og:site_name" content="Westmere Research Unit"></head>
<body><main><h1>School nursing in England</h1>
<section class="summary"><h2>Summary</h2>
<p>School nurses see children at school entry and in adolescence, and their numbers have fallen since 2010 across England.</p>
<ul><li>About one in three school nursing posts in the county were vacant at the end of March 2025.</li>
<li>Children in the most deprived areas waited longest for an assessment.</li></ul></section>
<h2>Contents</h2><ol class="toc"><li>Numbers</li><li>Waits</li></ol>
<section class="briefing-body"><h2>1. Numbers</h2>` + body + `</section></main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := im.File()
	text := string(data)
	for _, want := range []string{"- About one in three school nursing posts in the county were vacant", "- Children in the most deprived areas waited longest", "## Summary"} {
		if !strings.Contains(text, want) {
			t.Errorf("imported text lacks %q:\n%s", want, text)
		}
	}
	if strings.Index(text, "About one in three") > strings.Index(text, "1. Numbers") {
		t.Errorf("the summary is not before the body:\n%s", text)
	}
}
