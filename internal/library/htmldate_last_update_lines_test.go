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
