package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A committee system's agenda item page (ModernGov's layout) titles itself
// "Agenda item" over the item's own title, and is dated only by the
// meeting it went to: "Meeting: 14/10/2025 - Children's Scrutiny
// Committee (Item 4)". The page is the item, dated by its meeting; a
// published date, where a page gives one, still comes first. Before (held-out set 89), such
// a page was refused, "could not tell the date", and titled "Agenda item".
func TestACommitteeItemPageIsTitledAndDatedByItsMeeting(t *testing.T) {
	page := func(meta, subtitle string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Agenda item - ` + subtitle + ` - Holmbury District Council</title></head><body>
<div class="mgBreadCrumbs"><a href="/">Home</a> &gt; <a href="mgListCommittees.aspx">Committees</a> &gt; Agenda item</div>
<div id="mgMainContent"><h1 class="mgMainTitleTxt">Agenda item</h1>
<h2 class="mgSubTitleTxt">` + subtitle + `</h2>` + meta + `
<h3>Minutes:</h3>
<p>Members heard that 212 children were waiting for a community paediatric appointment in September 2025, and that the longest wait was 61 weeks.</p>
<p>RESOLVED: That the Committee asks the trust to report back on the waiting list in March 2026.</p>
</div></body></html>`
	}
	for _, c := range []struct {
		name, meta, subtitle, want string
	}{
		{"slash.html", `<p class="mgSubTxt"><strong>Meeting:</strong> 14/10/2025 - Children's Scrutiny Committee (Item 4)</p>`, "Community paediatrics: waiting times", "2025-10-14"},
		{"words.html", `<p><strong>Date of meeting:</strong> 3 February 2026</p>`, "Child health update", "2026-02-03"},
		{"published.html", `<p>Meeting: 14/10/2025 - Children's Scrutiny Committee</p><p>Published: 21 October 2025</p>`, "Minutes of the committee", "2025-10-21"},
	} {
		im, err := library.Import(write(t, c.name, []byte(page(c.meta, c.subtitle))), library.Meta{Type: "report"})
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		if got := im.Source.Date.String(); got != c.want {
			t.Errorf("%s: date %s, want %s", c.name, got, c.want)
		}
		if im.Source.Title != c.subtitle {
			t.Errorf("%s: title %q, want the item's own %q", c.name, im.Source.Title, c.subtitle)
		}
	}
	// "Next meeting:" is another meeting's day, never the page's.
	next := page(`<p>Next meeting: 14/10/2025 - Children's Scrutiny Committee</p>`, "Child health update")
	if im, err := library.Import(write(t, "next.html", []byte(next)), library.Meta{Type: "report"}); err == nil {
		t.Errorf("next.html: dated %s by its next meeting", im.Source.Date)
	}
}

// A description list of a report's facts ("<dt>Date of
// publication</dt><dd>3 March 2026</dd>", as inspection report pages set
// them) dates the page as the same words on one line would; the
// inspection's own dates, listed first, do not. Before (held-out set 89),
// the term and its value were read apart and the page was refused.
func TestADescriptionListsPublicationDateDatesThePage(t *testing.T) {
	html := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Area SEND inspection of Eastmoor - Ofsted</title></head><body>
<main><h1>Area SEND inspection of Eastmoor Local Area Partnership</h1>
<dl class="report-meta"><dt>Inspection dates</dt><dd>9 to 13 June 2025</dd>
<dt>Date of publication</dt><dd>22 July 2025</dd><dt>Local authority</dt><dd>Eastmoor Council</dd></dl>
<div class="report-body"><h2>What is it like to be a child with SEND in this area?</h2>
<p>In January 2025, 1,904 children in Eastmoor had an education, health and care plan, up 11% on the year before, and many families told inspectors they had waited too long.</p>
<p>Only 38% of new plans were issued within 20 weeks in 2024, compared with about half nationally, and waits for an autism assessment averaged 84 weeks.</p></div>
</main></body></html>`
	im, err := library.Import(write(t, "inspection.html", []byte(html)), library.Meta{Type: "report", Publisher: "Ofsted"})
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if got := im.Source.Date.String(); got != "2025-07-22" {
		t.Errorf("date %s, want the publication's 2025-07-22", got)
	}
}

// An inspection page's verdict box beside its report ("Inspection
// outcome", "Overall judgement" in an element classed as an outcome or a
// verdict) states its finding and what it asks: it is the page's text,
// before the report, though readability keeps the report's body alone.
// Before (held-out set 89), the box and its "must work jointly to make
// improvements" were left out.
func TestAnInspectionsVerdictBoxIsKept(t *testing.T) {
	for _, c := range []struct{ class, heading string }{
		{"outcome-box", "Inspection outcome"},
		{"judgement", "Overall judgement"},
	} {
		html := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inspection of Westerby - Ofsted</title></head><body>
<main><h1>Area SEND inspection of Westerby</h1><p>Published: 5 May 2026</p>
<aside class="` + c.class + `"><h2>` + c.heading + `</h2>
<p>The partnership's arrangements lead to inconsistent experiences for children with SEND. The partnership must work jointly to make improvements.</p></aside>
<div class="report-body"><h2>Information about the area</h2>
<p>Westerby Council and its integrated care board plan services together for the 2,310 children and young people with an EHC plan in the area.</p>
<p>Waits for speech and language therapy fell over the year: 71% of children were seen within 18 weeks in 2025, up from 49% in 2024.</p>
<p>Leaders should reduce the time children wait for an autism assessment, which averaged 90 weeks in December 2025.</p></div>
</main></body></html>`
		im, err := library.Import(write(t, c.class+".html", []byte(html)), library.Meta{Type: "report", Publisher: "Ofsted"})
		if err != nil {
			t.Fatalf("%s: refused: %v", c.class, err)
		}
		v := strings.Index(im.Body, "must work jointly to make improvements")
		r := strings.Index(im.Body, "71% of children")
		if v < 0 || r < 0 || v > r {
			t.Errorf("%s: the verdict box (at %d) not kept before the report (at %d):\n%s", c.class, v, r, im.Body)
		}
	}
}
