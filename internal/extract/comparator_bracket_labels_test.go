package extract_test

import (
	"testing"
)

// TestAnotherPlacesMoneyInBracketsIsKeyedApartFromTheLocalSpend: money a
// place's name opens the sentence's clause with, "In 2024, Dorset spent
// £2.1m", beside "(England: £190m)" or "(England average: £1.7m)", is
// Dorset's; England's value is keyed without Dorset's name. Before
// (hostile check 64), both were keyed "dorset spent", one measure of one
// place. A sentence opening with a common noun ("Schools spent") keeps it.
func TestAnotherPlacesMoneyInBracketsIsKeyedApartFromTheLocalSpend(t *testing.T) {
	for _, c := range []struct{ sentence, local, other string }{
		{"In 2024, Dorset spent £2.1m on health visiting (England: £190m).", "£2.1m", "£190m"},
		{"In 2024, Dorset spent £2.1m on health visiting (England average: £1.7m).", "£2.1m", "£1.7m"},
		{"In 2024, Dorset spent £2.1m (2023: £2.0m; England: £1.7m).", "£2.1m", "£1.7m"},
		{"Last year, Dorset and Poole saw 71% of families within 14 days (England: 80%).", "71%", "80%"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, c.local)
		o, ok2 := figureF70a(figs, c.other)
		if !ok1 || !ok2 {
			t.Errorf("%s: want %s and %s, got %v", c.sentence, c.local, c.other, figs)
			continue
		}
		if o.Place != "England" || o.Key == "" || o.Key == l.Key || containsFoldF70a(o.Key+o.Measure, "dorset") || containsFoldF70a(o.Key+o.Measure, "poole") {
			t.Errorf("%s: %s of %q keyed %q measuring %q; %s keyed %q", c.sentence, c.other, o.Place, o.Key, o.Measure, c.local, l.Key)
		}
	}
	s := "Schools spent £2.1m on counselling in 2024 (England: £190m)."
	o, ok := figureF70a(figuresF70a(t, s), "£190m")
	if !ok || !containsFoldF70a(o.Measure, "schools") {
		t.Errorf("%s: £190m %v measuring %q, want the schools' spend", s, ok, o.Measure)
	}
}

// TestATargetToBeReachedByAYearIsNoFigure: "(target: 92% by 2025)" is a
// value aimed at, as "(target: 92%)" is: no figure, dated 2025 or not,
// and neither its words nor its year the level's. Before (hostile check
// 64), the 92% was an achieved value of 2025 keyed as the level.
func TestATargetToBeReachedByAYearIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"In 2024, 81% of babies were reviewed within 14 days (target: 95% by 2026).",
		"In 2024, 81% of babies were reviewed within 14 days (local ambition: 95% by March 2026).",
		"81% of babies were reviewed within 14 days (target: 95% by 2026).",
	} {
		figs := figuresF70a(t, s)
		l, ok := figureF70a(figs, "81%")
		if !ok || l.Period == "2026" || containsFoldF70a(l.Measure+l.Key, "target") || containsFoldF70a(l.Measure+l.Key, "ambition") {
			t.Errorf("%s: 81%% %v of %q measuring %q keyed %q", s, ok, l.Period, l.Measure, l.Key)
		}
		if f, ok := figureF70a(figs, "95%"); ok {
			t.Errorf("%s: the target a figure of %q keyed %q", s, f.Period, f.Key)
		}
	}
	// Another place's value "by" a year is one to come, no value
	// achieved, and the level takes no place from it.
	s := "In 2024, 81% of babies were reviewed within 14 days (England: 90% by 2026)."
	figs := figuresF70a(t, s)
	if f, ok := figureF70a(figs, "90%"); ok {
		t.Errorf("%s: 90%% a figure of %q, %q", s, f.Place, f.Period)
	}
	if l, ok := figureF70a(figs, "81%"); !ok || l.Place != "" || l.Period != "2024" {
		t.Errorf("%s: 81%% %v of %q, %q", s, ok, l.Place, l.Period)
	}
}
