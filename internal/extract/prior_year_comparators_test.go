package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// figuresF70a is every figure of one sentence, read as a paragraph.
func figuresF70a(t *testing.T, sentence string) []evidence.Figure {
	t.Helper()
	var out []evidence.Figure
	for _, it := range extract.Extract(parseBody(t, "P", sentence+"\n")) {
		out = append(out, it.Figures...)
	}
	return out
}

// figureF70a is the figure of text in figs, and whether there is one.
func figureF70a(figs []evidence.Figure, text string) (evidence.Figure, bool) {
	for _, f := range figs {
		if f.Text == text {
			return f, true
		}
	}
	return evidence.Figure{}, false
}

// TestAPriorYearsValueInBracketsIsReadBesideItsValue: a prior year's value
// in brackets, "(2021: 1,290)", set beside a count, a share, a rate or a
// time, is a figure of that unit and year, and the value it is set beside
// is this year's, of the same measure and key. Before (hostile check 62),
// "Nurse numbers were 1,340 (2021: 1,290)" kept only 1,290, measured
// "nurse numbers were 1,340"; "Beds (2021: 310) rose to 335" lost the
// 310 (its bracket read as page 310 of a work of 2021); and the rate's
// 7.9 and its year were read into the rate's measure and period.
func TestAPriorYearsValueInBracketsIsReadBesideItsValue(t *testing.T) {
	for _, c := range []struct {
		sentence, now, nowPeriod, prior, priorPeriod string
		unit                                         evidence.Unit
	}{
		{"Nurse numbers were 1,340 (2021: 1,290).", "1,340", "", "1,290", "2021", evidence.UnitCount},
		{"Referrals were 640 (2021: 610).", "640", "", "610", "2021", evidence.UnitCount},
		{"Beds (2021: 310) rose to 335 in 2022.", "335", "2022", "310", "2021", evidence.UnitCount},
		{"Beds rose to 335 in 2022 (2021: 310).", "335", "2022", "310", "2021", evidence.UnitCount},
		{"There were 52 vacancies (2021/22: 47).", "52 vacancies", "", "47", "2021/22", evidence.UnitCount},
		{"Average waits were 11 weeks (2021: 9).", "11 weeks", "", "9", "2021", evidence.UnitWeeks},
		{"Coverage was 88% (2021: 86).", "88%", "", "86", "2021", evidence.UnitPercent},
		{"The admission rate was 8.4 per 1,000 children (2021: 7.9).", "8.4 per 1,000", "", "7.9", "2021", evidence.UnitOther},
		{"The admission rate was 8.4 per 1,000 children in 2022 (2021: 7.9).", "8.4 per 1,000", "2022", "7.9", "2021", evidence.UnitOther},
	} {
		figs := figuresF70a(t, c.sentence)
		now, ok1 := figureF70a(figs, c.now)
		prior, ok2 := figureF70a(figs, c.prior)
		if !ok1 || !ok2 {
			t.Errorf("%s: want figures %s and %s, got %v", c.sentence, c.now, c.prior, figs)
			continue
		}
		if now.Unit != c.unit || prior.Unit != c.unit {
			t.Errorf("%s: units %s and %s, want %s", c.sentence, now.Unit, prior.Unit, c.unit)
		}
		if now.Period != c.nowPeriod || prior.Period != c.priorPeriod {
			t.Errorf("%s: periods %q and %q, want %q and %q", c.sentence, now.Period, prior.Period, c.nowPeriod, c.priorPeriod)
		}
		if now.Key != prior.Key || now.Measure != prior.Measure {
			t.Errorf("%s: %s measured %q (%s), %s measured %q (%s): want one measure", c.sentence, c.now, now.Measure, now.Key, c.prior, prior.Measure, prior.Key)
		}
		if strings.Contains(now.Measure+now.Key, strings.ReplaceAll(c.prior, ",", "")) || strings.Contains(now.Measure, c.prior) {
			t.Errorf("%s: %s measured %q keyed %q, holding the prior value", c.sentence, c.now, now.Measure, now.Key)
		}
	}
}

// TestAPageCitedAfterAnAuthorIsNoPriorValue: "(2021: 37)" after an
// author's name cites page 37 of a work of 2021: no figure, and its year
// dates nothing. A subject a verb gives a level, "Beds (2021: 310) rose",
// is set beside its prior value (TestAPriorYearsValueInBracketsIsReadBesideItsValue).
func TestAPageCitedAfterAnAuthorIsNoPriorValue(t *testing.T) {
	for _, s := range []string{
		"Patel (2021: 37) found that 45% of pupils were absent.",
		"Patel and Hughes (2021: 37) found that 45% of pupils were absent.",
		"Patel et al. (2021: 37) found that 45% of pupils were absent.",
		"As Patel (2021: 37) found, 45% of pupils were absent.",
	} {
		figs := figuresF70a(t, s)
		if f, ok := figureF70a(figs, "37"); ok {
			t.Errorf("%s: the page is a figure: %+v", s, f)
		}
		if f, ok := figureF70a(figs, "45%"); !ok || f.Period != "" {
			t.Errorf("%s: 45%% read %v, of period %q: want it undated", s, ok, f.Period)
		}
	}
	if figs := figuresF70a(t, "See Patel (2021: 37) for the method."); len(figs) != 0 {
		t.Errorf("a pointer to a page has figures: %v", figs)
	}
}

// hasSuffixFoldF70a reports s ending with suffix, case aside.
func hasSuffixFoldF70a(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// containsFoldF70a reports s holding sub, case aside.
func containsFoldF70a(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
