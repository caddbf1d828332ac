package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestLastUpdateLineDatesThePage: a documentation site's page with no date
// tag, whose revision-date plugin writes "Last update: 9 March 2026" (no
// "d"), is dated by that line, not refused for want of a date.
func TestLastUpdateLineDatesThePage(t *testing.T) {
	page := `<html><head><title>School readiness - Northby Data Hub</title></head><body>
<h1>School readiness</h1>
<main><p>In Northby 64.1% of children reached a good level of development by the end of Reception in 2024/25.</p>
<p>The gap between children eligible for free school meals and their classmates has narrowed slightly.</p>
<aside class="md-source-file"><span class="md-source-file__fact">Last update: 9 March 2026</span></aside></main>
</body></html>`
	im, err := library.Import(write(t, "readiness.html", []byte(page)), library.Meta{Type: "data", Publisher: "Northby Council"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2026-03-09" {
		t.Errorf("date %q, want 2026-03-09", got)
	}
}

// TestLastUpdatedLineInsideASidebarLayoutDatesThePage: a council page
// whose only date, "Page last updated: 4 February 2026", stands in its
// article under a CMS's layout wrapper classed "layout layout--sidebar"
// (the layout beside a sidebar, not the sidebar) is dated by it; a date
// in the real sidebar beside it ("Related news, 2 May 2019") is not the
// page's. Before, the wrapper's class put the whole article in a
// sidebar and the page was refused, "could not tell the date" (set 81).
func TestLastUpdatedLineInsideASidebarLayoutDatesThePage(t *testing.T) {
	page := `<html><head><title>Healthy start vitamins | Ashgrove Council</title></head><body>
<main id="main-content"><div class="container layout layout--sidebar">
<aside class="sidebar"><h2>Related news</h2><p>Published: 2 May 2019</p></aside>
<article class="page-content"><h1>Healthy start vitamins</h1>
<p>Only 41% of eligible families in Ashgrove collected free vitamins for their children last year.</p>
<p>Health visitors now hand out vouchers at every two-year review in the borough.</p>
<div class="page-meta"><p class="page-meta__updated">Page last updated: 4 February 2026</p></div>
</article></div></main>
<footer><p>© Ashgrove Council 2026</p></footer></body></html>`
	im, err := library.Import(write(t, "vitamins.html", []byte(page)), library.Meta{Type: "web-page", Publisher: "Ashgrove Council"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2026-02-04" {
		t.Errorf("date %q, want 2026-02-04", got)
	}
}

// TestBuiltWithFooterDatesADataApp: a data app's page built with
// Observable Framework says when it was built only in its footer, "Built
// with Observable on Feb 3, 2026.", the day the page last changed: it
// dates the page as a "Last updated" line does. A copyright year alone,
// "© ... 2026", would give the year at most. Before, such a page was
// refused, "could not tell the date" (set 81).
func TestBuiltWithFooterDatesADataApp(t *testing.T) {
	page := `<html><head><title>School nursing contacts | Ashgrove Data</title></head><body>
<main id="observablehq-main"><h1>School nursing contacts</h1>
<p>School nurses saw 3,120 pupils in the autumn term, up from 2,870 a year earlier.</p>
<p>Most of the extra contacts were drop-in sessions held in secondary schools.</p></main>
<footer id="observablehq-footer"><div>© Ashgrove Council 2026</div>
<div>Built with <a href="https://observablehq.com/">Observable</a> on <a title="2026-01-27T10:02:11">Jan 27, 2026</a>.</div></footer>
</body></html>`
	im, err := library.Import(write(t, "nursing.html", []byte(page)), library.Meta{Type: "data", Publisher: "Ashgrove Council"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2026-01-27" {
		t.Errorf("date %q, want 2026-01-27", got)
	}
}
