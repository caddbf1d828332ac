package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// TestMoneyPerPersonIsAMeasureOfItsOwn: money per child, pupil, head or
// capita has a key of its own, as a rate per 1,000 has, so £85 per
// child and a total of £31.6m are never one measure in disagreement;
// per head and per capita are one. Before, "Spend per child (£)" and
// "Spending (£m)" were one key ("gbp|||spend").
func TestMoneyPerPersonIsAMeasureOfItsOwn(t *testing.T) {
	key := func(m string) measure.Key {
		return measure.KeyOf(evidence.Figure{Unit: evidence.UnitGBP, Record: evidence.Record{Measure: m}}, nil)
	}
	total := key("spending on school nursing")
	for _, m := range []string{"spend per child on school nursing", "spending on school nursing per pupil", "spending per head on school nursing", "spending on school nursing per capita"} {
		if k := key(m); measure.Match(k, total, measure.SameStudy) || k.Unit == total.Unit {
			t.Errorf("%q (%s) matches the total %s", m, k, total)
		}
	}
	if a, b := key("spending per head on school nursing"), key("spending on school nursing per capita"); !measure.Match(a, b, measure.SameStudy) {
		t.Errorf("per head %s and per capita %s are not one measure", a, b)
	}
	// A count per child is no money: its key is as before.
	if k := measure.KeyOf(evidence.Figure{Unit: evidence.UnitCount, Record: evidence.Record{Measure: "contacts per child"}}, nil); k.Unit != "count" {
		t.Errorf("contacts per child: %s", k)
	}
}
