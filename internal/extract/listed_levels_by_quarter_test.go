package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestLevelsOfASubjectByQuarter: a bare value under 1,000 after a plural
// subject and its verb, with a time after it, is a count of the subject,
// and values listed by quarter each take their quarter of the year said
// once after the list. Before (hostile check 60), "Admissions were 410 in
// 2022" gave no figure, a sentence of values by quarter no statistic,
// and shares listed by quarter ("in Q1, 71% in Q2 and ...") no quarter
// but the last.
func TestLevelsOfASubjectByQuarter(t *testing.T) {
	for _, c := range []struct {
		s    string
		want map[string]string // value → period
		unit evidence.Unit
	}{
		{"Admissions were 410 in 2022.", map[string]string{"410": "2022"}, evidence.UnitCount},
		{"Admissions totalled 410 in 2022.", map[string]string{"410": "2022"}, evidence.UnitCount},
		{"The number of admissions was 410 in 2022.", map[string]string{"410": "2022"}, evidence.UnitCount},
		{"Admissions were 410, 425, 433 and 450 in Q1, Q2, Q3 and Q4 2022 respectively.",
			map[string]string{"410": "Q1 2022", "425": "Q2 2022", "433": "Q3 2022", "450": "Q4 2022"}, evidence.UnitCount},
		{"Admissions were 410 in Q1, 425 in Q2, 433 in Q3 and 450 in Q4 2022.",
			map[string]string{"410": "Q1 2022", "425": "Q2 2022", "433": "Q3 2022", "450": "Q4 2022"}, evidence.UnitCount},
		{"Admissions were 410, 425 and 433 in 2020, 2021 and 2022.",
			map[string]string{"410": "2020", "425": "2021", "433": "2022"}, evidence.UnitCount},
		{"Coverage was 71% in Q2, 74% in Q3 and 76% in Q4 2022.",
			map[string]string{"71%": "Q2 2022", "74%": "Q3 2022", "76%": "Q4 2022"}, evidence.UnitPercent},
		{"Coverage was 71%, 74% and 76% in 2020, 2021 and 2022 respectively.",
			map[string]string{"71%": "2020", "74%": "2021", "76%": "2022"}, evidence.UnitPercent},
		{"Coverage rose 4pp, 3pp and 2pp in Q2, Q3 and Q4 2022.",
			map[string]string{"4pp": "Q2 2022", "3pp": "Q3 2022", "2pp": "Q4 2022"}, evidence.UnitOther},
	} {
		got := map[string]string{}
		for _, f := range itemFiguresOf(t, c.s) {
			if f.Unit != c.unit {
				t.Errorf("%q: %s in unit %s, want %s", c.s, f.Text, f.Unit, c.unit)
			}
			if f.Measure == "respectively" || strings.HasPrefix(f.Population, "Q") {
				t.Errorf("%q: %s measured %q, population %q", c.s, f.Text, f.Measure, f.Population)
			}
			got[f.Text] = f.Period
		}
		for v, p := range c.want {
			if q, ok := got[v]; !ok {
				t.Errorf("%q: no figure %s (got %v)", c.s, v, got)
			} else if q != p {
				t.Errorf("%q: %s of period %q, want %q", c.s, v, q, p)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: figures %v, want %v", c.s, got, c.want)
		}
	}
}

// TestBareValueAfterASubjectNeedsATime: a plural subject and a bare
// number with no time after it may be an age, a list number or a score,
// so no figure is read of it; nor of one by a quarter with no year.
func TestBareValueAfterASubjectNeedsATime(t *testing.T) {
	for _, s := range []string{
		"Pupils were 5 when the checks began.",
		"Referrals were 300.",
		"Admissions were 410 in Q1, 425 in Q2 and 433 in Q4.",
	} {
		for _, f := range itemFiguresOf(t, s) {
			t.Errorf("%q: figure %q read", s, f.Text)
		}
	}
}
