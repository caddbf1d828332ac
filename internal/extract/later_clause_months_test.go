package extract_test

import (
	"strings"
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

// TestAChangesMonthsWrittenEveryWay: a change between months dates both
// ends however the month is written: alone after a dated one ("to 187 in
// August", the next year's where no later in its own), "August of 2023",
// "August, 2023", in brackets, cut short ("Apr", "Aug"), after the
// earlier end's people ("212 families in April"), after "up from" a month
// later in the year (the year before's), a third clause's month after a
// second's, and "Between April and August 2023" ahead of the change.
// Before (hostile check 64), the first four gave no figure, "Apr" and
// "April" were the counts' people, the earlier month of the rest was
// undated or "April" alone, and the third clause's count undated.
func TestAChangesMonthsWrittenEveryWay(t *testing.T) {
	for _, c := range []struct{ sentence, earlier, earlierPeriod, later, laterPeriod string }{
		{"Admissions fell from 212 in April 2023 to 187 in August.", "212", "April 2023", "187", "August 2023"},
		{"Admissions fell from 212 in October 2023 to 187 in January.", "212", "October 2023", "187", "January 2024"},
		{"Admissions fell from 212 in April 2023 to 187 in August of 2023.", "212", "April 2023", "187", "August 2023"},
		{"Admissions fell from 212 (April) to 187 (August 2023).", "212", "April 2023", "187", "August 2023"},
		{"Admissions fell from 212 in April 2023 to 187 in August, 2023.", "212", "April 2023", "187", "August 2023"},
		{"Admissions fell from 212 in Apr to 187 in Aug 2023.", "212", "April 2023", "187", "August 2023"},
		{"The caseload fell from 212 families in April to 187 in August 2023.", "212 families", "April 2023", "187", "August 2023"},
		{"Admissions were 187 in March 2024, up from 160 in October.", "160", "October 2023", "187", "March 2024"},
		{"Between April and August 2023, admissions fell from 212 to 187.", "212", "April 2023", "187", "August 2023"},
		{"In February 2024, 160 pupils were excluded; in April, 175; in June, 190.", "175", "April 2024", "190", "June 2024"},
	} {
		figs := itemFiguresOf(t, c.sentence)
		e, l := figurePairOf(figs, c.earlier, c.later)
		if e == nil || l == nil {
			t.Errorf("%s: %+v, want %s and %s", c.sentence, figs, c.earlier, c.later)
			continue
		}
		if e.Period != c.earlierPeriod || l.Period != c.laterPeriod {
			t.Errorf("%s: %s of %q and %s of %q, want %s and %s", c.sentence, e.Text, e.Period, l.Text, l.Period, c.earlierPeriod, c.laterPeriod)
		}
		for _, f := range figs {
			for _, m := range []string{"apr", "aug", "oct", "june"} {
				if strings.Contains(strings.ToLower(f.Population), m) || strings.Contains(f.Key, m) {
					t.Errorf("%s: %s of people %q keyed %q", c.sentence, f.Text, f.Population, f.Key)
				}
			}
		}
	}
	// Near-misses: a month no later than the one before stays undated,
	// and the verb "may" is no month.
	for _, s := range []string{
		"In February 2024, 160 pupils were excluded; in June, 175; in April, 190.",
		"Admissions fell from 212 in April 2023 to 187 and may fall further.",
	} {
		for _, f := range itemFiguresOf(t, s) {
			if f.Value == 190 && f.Period != "" || strings.Contains(f.Period, "May") {
				t.Errorf("%s: %s dated %q", s, f.Text, f.Period)
			}
		}
	}
}
