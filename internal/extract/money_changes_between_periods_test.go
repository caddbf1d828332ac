package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAMoneyChangeFromOneSumToAnotherKeepsBoth: under a money note, a
// rise or fall "from" one sum "to" another reads both as sums in the
// note's scale, whatever period follows: "between 2019 and 2020" dates
// each by its own year, "over the year" and "over three years" count no
// years. Before (hostile check 60), the later sum was lost in the
// measure or read as a count of years.
func TestAMoneyChangeFromOneSumToAnotherKeepsBoth(t *testing.T) {
	gbp := evidence.UnitGBP
	f64aCheck(t, "Outlay (£m) rose from 31.4 to 36.8 between 2019 and 2020.",
		f64aWant{"31.4", 31.4e6, gbp, "2019"}, f64aWant{"36.8", 36.8e6, gbp, "2020"})
	f64aCheck(t, "Outlay (£m) rose from 31.4 to 36.8 between 2018/19 and 2019/20.",
		f64aWant{"31.4", 31.4e6, gbp, "2018/19"}, f64aWant{"36.8", 36.8e6, gbp, "2019/20"})
	f64aCheck(t, "Outlay (£000s) fell from 6,300 to 5,900 over the year.",
		f64aWant{"6,300", 6.3e6, gbp, "-"}, f64aWant{"5,900", 5.9e6, gbp, "-"})
	f64aCheck(t, "Outlay (£m) rose from 31.4 to 36.8 over three years.",
		f64aWant{"31.4", 31.4e6, gbp, "-"}, f64aWant{"36.8", 36.8e6, gbp, "-"})
	// The later sum is the headline, up from the earlier.
	f, _ := h62aFigure(t, "Outlay (£m) rose from 31.4 to 36.8 between 2019 and 2020.", "36.8")
	if f.Role != "headline" || f.Change == "" {
		t.Errorf("36.8 role %q change %q, want the headline with its change", f.Role, f.Change)
	}
	// No figure of the sentences is a count.
	for _, s := range []string{"Outlay (£000s) fell from 6,300 to 5,900 over the year.", "Outlay (£m) rose from 31.4 to 36.8 over three years."} {
		for _, txt := range []string{"6,300", "5,900", "31.4", "36.8"} {
			if f, ok := h62aFigure(t, s, txt); ok && f.Unit == evidence.UnitCount {
				t.Errorf("%q: %s a count", s, txt)
			}
		}
	}
}
