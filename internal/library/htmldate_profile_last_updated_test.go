package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestProfileLastUpdatedDatesThePage: a data portal's page with no date
// tag, which says when its profile changed last ("Profile last updated:
// 14 May 2026"), is dated by that line.
func TestProfileLastUpdatedDatesThePage(t *testing.T) {
	page := `<html><head><title>Young people's health profile</title></head><body>
<h1>Young people's health profile</h1>
<p class="profile-updated">Profile last updated: 14 May 2026</p>
<main><p>In Eastmoor 18.2% of children in Year 6 were living with obesity in 2024/25, against 22.1% across England.</p>
<p>The rate has fallen for the second year in a row, though it remains above the level seen before the pandemic.</p></main>
</body></html>`
	im, err := library.Import(write(t, "profile.html", []byte(page)), library.Meta{Type: "data", Publisher: "Eastmoor Council"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2026-05-14" {
		t.Errorf("date %q, want 2026-05-14", got)
	}
}
