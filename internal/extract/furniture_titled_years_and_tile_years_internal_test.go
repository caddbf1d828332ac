package extract

import "testing"

// TestADottedRunningLinePartIsATitledYearOnlyInCapitals: a running line's
// part holding a year is a titled year when each of its words before the
// year is capitalised ("Annual Report 2023/24", "Kent JSNA 2025"), small
// joining words aside; words of a finding before a year ("Children
// waiting 2024/25", "referrals in 2023") are no title, so a line of them
// is no running line.
func TestADottedRunningLinePartIsATitledYearOnlyInCapitals(t *testing.T) {
	for _, c := range []struct {
		part string
		want bool
	}{
		{"Annual Report 2023/24", true},
		{"Kent JSNA 2025", true},
		{"Autumn Newsletter 2024", true},
		{"Annual Report and Accounts 2023/24", true},
		{"Children waiting 2024/25", false},
		{"referrals in 2023", false},
		{"Medway children seen in 2024", false},
	} {
		if got := dottedPartRe.MatchString(c.part); got != c.want {
			t.Errorf("%q: titled year %v, want %v", c.part, got, c.want)
		}
	}
}

// TestABareYearInATileLineIsNoFigureOfTheLabelBeforeIt: a year alone
// between middle dots ("Annual report · 2024 · Kent") dates the line; it
// is no value of the label before it, as a figure alone ("Children
// waiting · 5,120") is, so the label is parted from it as a clause.
func TestABareYearInATileLineIsNoFigureOfTheLabelBeforeIt(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Annual report · 2024 · Kent", "Annual report;   2024;   Kent"},
		{"Children waiting · 5,120 · up 11% on last year", "Children waiting:   5,120;   up 11% on last year"},
		{"Spend · £2024 · Kent", "Spend:   £2024;   Kent"},
	} {
		if got := tileRead(c.in); got != c.want {
			t.Errorf("%q: read %q, want %q", c.in, got, c.want)
		}
	}
}

// TestAQuarterNamedByItsNumberEndsAtAWordBoundary: "quarter 3" is a
// period's name wherever its digit ends a word ("in quarter 3,", "quarter
// 4."), never where a number grouped in thousands or a decimal goes on
// ("quarter 2,310"), nor where a letter follows ("quarter 2a").
func TestAQuarterNamedByItsNumberEndsAtAWordBoundary(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool // the digit after "quarter" masked
	}{
		{"in quarter 3, 1,204 children were referred", true},
		{"referrals fell in quarter 4.", true},
		{"referrals fell in quarter 4", true},
		{"at the end of the quarter 2,310 were waiting", false},
		{"the quarter 2.5 per cent rise", false},
		{"in quarter 2a of the pilot", false},
	} {
		taken := make([]bool, len(c.s))
		maskS49Counts(c.s, c.s, taken)
		i := indexAfter(c.s, "quarter ")
		if taken[i] != c.want {
			t.Errorf("%q: quarter's digit masked %v, want %v", c.s, taken[i], c.want)
		}
	}
}

func indexAfter(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return i + len(w)
		}
	}
	return -1
}
