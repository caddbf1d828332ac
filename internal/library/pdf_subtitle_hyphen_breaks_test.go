package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A title page's subtitle broken after a hyphen ("... with long-" over
// "term conditions") is joined as the title's own lines are, with no
// space: "long-term". Before (set 83), the title read "long- term".
func TestSubtitleBrokenAfterAHyphenIsJoinedWithout(t *testing.T) {
	needPoppler(t)
	pages := [][]string{
		{"Tarnley Community Health NHS Trust", "", "", "# Moving Up",
			"##+ Re-audit of care planning for children with long-", "## term conditions", "", "",
			"Clinical audit report, March 2026", "", "1"},
		{"Summary", "", "We audited the notes of 72 children with long-term conditions seen in the year.", "",
			"Only 29 of the 72 had a written care plan, and 15 had been reviewed in the last year.", "", "2"},
	}
	im, err := library.Import(write(t, "audit.pdf", makePDF(pages, "", "", "20260310")), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := im.Source.Title, "Moving Up: re-audit of care planning for children with long-term conditions"; got != want {
		t.Errorf("title %q, want %q (guessed %v)", got, want, im.Guessed)
	}
}
