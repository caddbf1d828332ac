package extract_test

import "testing"

// TestABracketedPartOfATotalKeepsTheTotalsYearPlaceAndVerb: a part set in
// brackets after a total, "(of whom 95 were boys)", "(of which 40 were
// urgent)", "(including 60 emergency admissions)", is keyed apart from the
// total, but it is of the total's year, and its measure keeps the total's
// verb and place. Before (hostile check 65), cut at the bracket, the part
// was undated and measured only "(of whom were boys)" or "(including)".
func TestABracketedPartOfATotalKeepsTheTotalsYearPlaceAndVerb(t *testing.T) {
	for _, c := range []struct{ sentence, total, part, period, words string }{
		{"In 2022, 610 pupils were excluded in Sefton (of whom 95 were boys).", "610 pupils", "95", "2022", "excluded in Sefton"},
		{"In 2021, 740 babies were admitted (of which 40 were urgent).", "740 babies", "40", "2021", "admitted"},
		{"In 2022, 520 children were admitted (including 60 emergency admissions).", "520 children", "60", "2022", "admitted"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, c.total)
		p, ok2 := figureF70a(figs, c.part)
		if !ok1 || !ok2 {
			t.Errorf("%s: want %s and %s, got %v", c.sentence, c.total, c.part, figs)
			continue
		}
		if p.Period != c.period || !containsFoldF70a(p.Measure, c.words) || p.Key == "" || p.Key == l.Key {
			t.Errorf("%s: part of %q measuring %q keyed %q; total keyed %q", c.sentence, p.Period, p.Measure, p.Key, l.Key)
		}
		if l.Period != c.period || containsFoldF70a(l.Measure, "(") {
			t.Errorf("%s: total of %q measuring %q", c.sentence, l.Period, l.Measure)
		}
	}
}
