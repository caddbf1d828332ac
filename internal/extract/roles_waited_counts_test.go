package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestABareCountThatWaitedIsTheHeadline: "Of these, 61,200 had been
// waiting for more than 52 weeks, compared with fewer than 2,000 adults"
// finds the 61,200, not the adults it is compared with; a later bare
// count that waited ("Three of them …, and two had waited") is not the
// finding over the first.
func TestABareCountThatWaitedIsTheHeadline(t *testing.T) {
	for sentence, want := range map[string]string{
		"Of these, 61,200 had been waiting for more than 52 weeks, compared with fewer than 2,000 adults on the same lists.": "61,200",
		"Of the referrals, 4,310 were waiting more than 18 weeks at the end of March, against 2,900 a year before.":          "4,310",
	} {
		items := statisticsOf(t, sentence+"\n")
		if len(items) != 1 {
			t.Errorf("%q: %d statistics, want 1", sentence, len(items))
			continue
		}
		got := ""
		for _, f := range items[0].Figures {
			if f.Role == evidence.RoleHeadline {
				got = f.Text
			}
		}
		if got != want {
			t.Errorf("%q: headline %q, want %q (figures %v)", sentence, got, want, items[0].Figures)
		}
	}
	later := "Three of them had been seen by the school nurse, and two had waited more than 18 weeks for a first appointment."
	for _, it := range statisticsOf(t, later+"\n") {
		for _, f := range it.Figures {
			if f.Text == "two" && f.Role == evidence.RoleHeadline {
				t.Errorf("%q: the later count %q is the headline", later, f.Text)
			}
		}
	}
}
