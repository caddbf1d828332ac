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

// TestTheNumberPastALimitReachesItsValue: a sentence on "the number of"
// those past a time limit gives the value the number reached, or its
// change, as the finding, and the limit as its threshold: "The number of
// young people waiting more than 18 weeks had fallen to 310" finds 310.
// Before (held-out set 93), the 18 weeks, the measure's name, was the
// headline a figure-only cite quoted.
func TestTheNumberPastALimitReachesItsValue(t *testing.T) {
	for sentence, want := range map[string]string{
		"The number of young people waiting more than 18 weeks had fallen to 310.":              "310",
		"The number of children waiting more than 52 weeks fell by 38% in the quarter, to 146.": "146",
		"In March, the number of pupils waiting over a year stood at 1,020.":                    "1,020",
	} {
		items := statisticsOf(t, sentence+"\n")
		if len(items) != 1 {
			t.Errorf("%q: %d statistics, want 1", sentence, len(items))
			continue
		}
		headline, threshold := "", ""
		for _, f := range items[0].Figures {
			switch f.Role {
			case evidence.RoleHeadline:
				headline = f.Text
			case evidence.RoleThreshold:
				threshold = f.Text
			}
		}
		if headline != want || threshold == "" {
			t.Errorf("%q: headline %q, threshold %q; want %q and the limit", sentence, headline, threshold, want)
		}
	}
	changed := "The number of children waiting more than 78 weeks had fallen by 40% over the year."
	for _, it := range statisticsOf(t, changed+"\n") {
		if h, _ := it.Headline(); h.Text != "40%" {
			t.Errorf("%q: headline %q, want the change 40%%", changed, h.Text)
		}
	}
}
