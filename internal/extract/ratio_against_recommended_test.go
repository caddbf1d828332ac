package extract_test

import "testing"

// TestARatioAgainstARecommendedOneKeepsItsOwn: a ratio set against a
// recommended or target ratio ("against a recommended one for every
// 1,500", "compared with a recommended one for every 250", "against a
// recommended 1:1,500", "against a target of one for every 2,000 by
// 2026") is the one figure of the sentence, undated by the target's
// year; the recommended ratio is no figure. Before (hostile check 65),
// "a recommended one for every 1,500" was a count of 1,500 keyed with the
// 2,600, "against a recommended 1:1,500" left the 2,600 no figure, and
// the target's 2026 dated the 2,600.
func TestARatioAgainstARecommendedOneKeepsItsOwn(t *testing.T) {
	for _, c := range []struct {
		s     string
		value float64
	}{
		{"In Kent there is one school nurse for every 2,600 pupils, against a recommended one for every 1,500.", 2600},
		{"Medway has one health visitor for every 480 children, compared with a recommended one for every 250.", 480},
		{"Surrey has one school nurse per 3,100 pupils, well above the recommended one per 2,500.", 3100},
		{"Kent has one school nurse for every 2,600 pupils against a recommended 1:1,500.", 2600},
		{"Kent has one school nurse for every 2,600 pupils, against a target of one for every 2,000 by 2026.", 2600},
	} {
		figs := itemFiguresOf(t, c.s)
		if len(figs) != 1 || figs[0].Value != c.value || figs[0].Period != "" {
			t.Errorf("%q: %+v, want the %v alone, undated", c.s, figs, c.value)
		}
	}
	// Near-misses: "an EHC plan has risen to 2,940" is no standard ratio
	// by its words; another place's ratio compared with stays a figure.
	if figs := itemFiguresOf(t, "The number of children in Westholme with an EHC plan has risen to 2,940, 12% more than a year ago."); len(figs) != 2 || figs[0].Value != 2940 {
		t.Errorf("an EHC plan has risen to: %+v, want the 2,940 and its change", figs)
	}
	if figs := itemFiguresOf(t, "In Kent there is one school nurse for every 2,600 pupils, compared with one for every 1,800 in London."); len(figs) != 2 {
		t.Errorf("compared with London: %+v, want both ratios", figs)
	}
}

// TestALevelSetAgainstATargetTakesNoneOfItsYear: a level set against a
// target in its clause keeps its own period, never the target's: "In
// 2023, 88% ... against a target of 92% by 2026" is of 2023, and "88%
// of children were seen within 18 weeks, against a target of 92% by
// 2026" of no year. Before (hostile check 65), an undated level took the
// target's year.
func TestALevelSetAgainstATargetTakesNoneOfItsYear(t *testing.T) {
	for _, c := range []struct{ s, period string }{
		{"In 2023, 88% of children were seen within 18 weeks, against a target of 92% by 2026.", "2023"},
		{"88% of children were seen within 18 weeks, against a target of 92% by 2026.", ""},
		{"Medway saw 71% of referrals within four weeks, short of the 2025/26 ambition of 80%.", ""},
	} {
		figs := itemFiguresOf(t, c.s)
		if len(figs) == 0 || figs[0].Period != c.period {
			t.Errorf("%q: %+v, want the level dated %q", c.s, figs, c.period)
		}
	}
	// Near-miss: a standard the level is measured by is no target it is
	// set against: its year is the level's.
	if figs := itemFiguresOf(t, "88% were seen within the 18-week standard in 2023."); len(figs) == 0 || figs[0].Period != "2023" {
		t.Errorf("a standard measured by: %+v, want 2023", figs)
	}
}
