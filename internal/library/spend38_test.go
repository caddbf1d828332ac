package library_test

import (
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
