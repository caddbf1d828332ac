package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestALaterClauseOpeningOnAMonth: a bare count after a semicolon whose
// clause opens on a month with no year, "; in March, 410.", is the first
// clause's count of that month in the year the sentence gives: after
// "In January 2024," March 2024, after "In 2023," March 2023. A month no
// later than the first's, or after a financial year, gives no period,
// but the figure is kept. Before (hostile check 63), the 410 was lost.
// The quarter's rule is held: "; in Q2, 410" after "In Q1 2024" is Q2 2024.
func TestALaterClauseOpeningOnAMonth(t *testing.T) {
	for _, c := range []struct{ sentence, text, period string }{
		{"In February 2024, 290 children were referred; in May, 335.", "335", "May 2024"},
		{"In 2022, 290 children were referred; in May, 335.", "335", "May 2022"},
		{"In Q1 2024, 290 children were referred; in Q2, 335.", "335", "Q2 2024"},
		{"In 2022/23, 290 children were referred; in May, 335.", "335", ""},
		{"In June 2024, 290 children were referred; in May, 335.", "335", ""},
	} {
		figs := lineFiguresF72c(t, c.sentence)
		f, ok := figureOfF72c(figs, c.text)
		if !ok || f.Unit != evidence.UnitCount || f.Period != c.period {
			t.Errorf("%s: %s %v %s of %q, want a count of %q", c.sentence, c.text, ok, f.Unit, f.Period, c.period)
			continue
		}
		if c.period != "" {
			first, _ := figureOfF72c(figs, "290 children")
			if f.Key != first.Key || hasFoldF72c(f.Measure, "may") {
				t.Errorf("%s: %s measured %q keyed %q, want the first's %q", c.sentence, c.text, f.Measure, f.Key, first.Key)
			}
		}
	}
}

// TestAChangeBetweenMonthsDatedByOneYear: a change from one month's value
// to another's whose year is said only once, "fell from 455 in March to
// 410 in June 2022" or "were 410 in June 2023, down from 455 in March",
// dates both months by that year, and "March" is no one's people. A month
// after the later one is of the year before. Before (hostile check 63),
// both counts were of people "March", the earlier undated, and "down from
// 455 in March" gave the 455 no figure.
func TestAChangeBetweenMonthsDatedByOneYear(t *testing.T) {
	for _, c := range []struct{ sentence, earlier, earlierPeriod, later, laterPeriod string }{
		{"Referrals fell from 515 in April to 470 in July 2022.", "515", "April 2022", "470", "July 2022"},
		{"Referrals were 470 in July 2023, down from 515 in April.", "515", "April 2023", "470", "July 2023"},
		{"Referrals fell from 515 in November to 470 in February 2023.", "515", "November 2022", "470", "February 2023"},
	} {
		figs := lineFiguresF72c(t, c.sentence)
		e, okE := figureOfF72c(figs, c.earlier)
		l, okL := figureOfF72c(figs, c.later)
		if !okE || e.Unit != evidence.UnitCount || e.Period != c.earlierPeriod {
			t.Errorf("%s: %s %v %s of %q, want a count of %s", c.sentence, c.earlier, okE, e.Unit, e.Period, c.earlierPeriod)
		}
		if !okL || l.Period != c.laterPeriod {
			t.Errorf("%s: %s %v of %q, want %s", c.sentence, c.later, okL, l.Period, c.laterPeriod)
		}
		for _, f := range figs {
			for _, m := range []string{"april", "november"} {
				if hasFoldF72c(f.Population, m) || hasFoldF72c(f.Key, m) {
					t.Errorf("%s: %s of people %q keyed %q", c.sentence, f.Text, f.Population, f.Key)
				}
			}
		}
	}
}
