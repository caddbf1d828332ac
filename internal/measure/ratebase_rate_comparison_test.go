package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

func rate(text string, v float64) evidence.Figure {
	return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitOther}
}

// TestARateComparesAtItsBase: a rate's base is part of what it states,
// in a table's header as in a sentence: the cells of "Admissions per
// 1,000 pupils" (3.5), "per 100,000 pupils" (350) and "per 100 pupils"
// (0.35) are one rate, and agree; 3.5 per 1,000 and 3.5 per 100,000 do
// not; "3 in 100,000" is the rate "3 per 100,000" is (review, round
// 22). Before, every "per N" was left out of a column's measure, so the
// three columns shared a key with no base to scale by: 3.5 and 350 were
// one measure's two values, a disagreement.
func TestARateComparesAtItsBase(t *testing.T) {
	heads := []string{"Area", "Admissions per 1,000 pupils", "Admissions per 100,000 pupils", "Admissions per 100 pupils"}
	figs := describeCells([]string{"Leeds"}, []evidence.Figure{rate("3.5", 3.5), rate("350", 350), rate("0.35", 0.35)}, heads, measure.Input{Section: "Admissions, 2024"})
	other := describeCells([]string{"Leeds"}, []evidence.Figure{rate("350", 350), rate("3.5", 3.5), rate("35", 35)}, heads, measure.Input{Section: "Admissions, 2024"})
	for i, f := range figs {
		if measure.RateBase(f) == 0 {
			t.Errorf("%q under %q: no rate base", f.Text, heads[i+1])
		}
		for j, g := range append(append([]evidence.Figure{}, figs...), other...) {
			if !measure.Match(measure.ParseKey(f.Key), measure.ParseKey(g.Key), measure.Unrelated) {
				if j < len(figs) {
					t.Errorf("%q under %q and %q under %q: keys %q and %q do not match, want one rate", f.Text, heads[i+1], g.Text, heads[j%3+1], f.Key, g.Key)
				}
				continue
			}
			if want := j < len(figs); measure.Agree(f, g) != want {
				t.Errorf("%q under %q and %q under %q: agree %v, want %v", f.Text, heads[i+1], g.Text, heads[j%3+1], !want, want)
			}
		}
	}
	// A sentence's rate and "N in M" are read at their base as a cell is.
	cases := []struct {
		a, b evidence.Figure
		want bool
	}{
		{rate("3 in 100,000", 3), rate("0.03 per 1,000", 0.03), true},
		{rate("3 in 100,000", 3), rate("30 per million", 30), true},
		{rate("3 in 100,000", 3), rate("3 per 1,000", 3), false},
		{rate("3 in 100,000", 3), figs[0], false},
		{rate("350 in 10,000,000", 350), rate("3.5 per 100,000", 3.5), true},
	}
	for _, c := range cases {
		if measure.RateBase(c.a) == 0 {
			t.Errorf("%q: no rate base", c.a.Text)
		}
		if got := measure.Agree(c.a, c.b); got != c.want {
			t.Errorf("Agree(%q, %q) = %v, want %v", c.a.Text, c.b.Text, got, c.want)
		}
	}
	// A sentence's "3.5 per 1,000 pupils" is the cell's rate.
	sentence := describeSentence("In Leeds, admissions were 3.5 per 1,000 pupils in 2024.", rate("3.5 per 1,000", 3.5))[0]
	if k := measure.ParseKey(sentence.Key); !measure.Match(k, measure.ParseKey(figs[1].Key), measure.Unrelated) || !measure.Agree(sentence, figs[1]) {
		t.Errorf("%q (key %q) and 350 under %q (key %q): want one rate, agreeing", sentence.Text, sentence.Key, heads[2], figs[1].Key)
	}
	// A share of people counted per some number is no rate; nor is a
	// share in a measure that names one.
	if b := measure.RateBase(evidence.Figure{Text: "12%", Value: 12, Unit: evidence.UnitPercent, Record: evidence.Record{Measure: "admissions per 1,000 pupils"}}); b != 0 {
		t.Errorf("a share's rise in a rate per 1,000: rate base %g", b)
	}
	if b := measure.RateBase(evidence.Figure{Text: "3 in 10", Value: 30, Unit: evidence.UnitPercent}); b != 0 {
		t.Errorf("3 in 10: rate base %g", b)
	}
}
