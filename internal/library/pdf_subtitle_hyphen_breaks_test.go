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

// A span of ages broken after its hyphen ("... of Harrowby 5-" over "11
// school nursing") is one span, "5-11". Before (hostile check 64), the
// title read "5- 11". The near miss: a dash set apart by spaces ("services
// -" over "a review") keeps its space.
func TestSubtitleSpanBrokenAfterItsHyphenIsJoinedWithout(t *testing.T) {
	needPoppler(t)
	for _, c := range []struct{ first, second, want string }{
		{"##+ A review of Harrowby 5-", "## 11 school nursing services", "Moving Up: a review of Harrowby 5-11 school nursing services"},
		{"##+ School nursing services in Harrowby -", "## a review of waiting times", "Moving Up: school nursing services in Harrowby - a review of waiting times"},
	} {
		pages := [][]string{
			{"Tarnley Community Health NHS Trust", "", "", "# Moving Up",
				c.first, c.second, "", "",
				"Service review, March 2026", "", "1"},
			{"Summary", "", "We reviewed the records of 140 pupils seen by the school nursing team in the year.", "",
				"Only 61 of the 140 had a health plan reviewed in the last year.", "", "2"},
		}
		im, err := library.Import(write(t, "review.pdf", makePDF(pages, "", "", "20260310")), library.Meta{Type: "report"})
		if err != nil {
			t.Fatal(err)
		}
		if got := im.Source.Title; got != c.want {
			t.Errorf("title %q, want %q (guessed %v)", got, c.want, im.Guessed)
		}
	}
}
