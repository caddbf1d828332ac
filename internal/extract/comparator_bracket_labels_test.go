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
