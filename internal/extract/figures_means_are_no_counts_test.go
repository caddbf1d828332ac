package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAMeanWithADecimalIsNoCount: a mean of a countable thing per child or
// per case written with a decimal ("an average of 2.7 nights", "on average
// 4.1 teeth", "the average number of missed appointments was 1.9", "5.8
// fillings on average") is unit other, a mean and no count of nights or
// teeth; a whole caseload ("an average caseload of 380 children") and a
// staff count with a decimal ("12.4 whole-time equivalent nurses") stay
// counts. Before, each mean was a count.
func TestAMeanWithADecimalIsNoCount(t *testing.T) {
	for _, c := range []struct {
		s     string
		value float64
		unit  evidence.Unit
	}{
		{"Children admitted after self-harm stayed an average of 2.7 nights on the ward before a bed was found.", 2.7, evidence.UnitOther},
		{"Five-year-olds with decay in the county had on average 4.1 teeth affected in 2024.", 4.1, evidence.UnitOther},
		{"Among pupils referred in 2024, the average number of missed appointments was 1.9.", 1.9, evidence.UnitOther},
		{"Children treated under general anaesthetic had 5.8 fillings on average in 2023.", 5.8, evidence.UnitOther},
		{"Health visitors held an average caseload of 380 children in the east of the county.", 380, evidence.UnitCount},
		{"The team had 12.4 whole-time equivalent nurses in post in March 2025.", 12.4, evidence.UnitCount},
	} {
		found := false
		for _, f := range itemFiguresOf(t, c.s) {
			if f.Value != c.value {
				continue
			}
			found = true
			if f.Unit != c.unit {
				t.Errorf("%q: %g %q is %s, want %s", c.s, f.Value, f.Text, f.Unit, c.unit)
			}
		}
		if !found {
			t.Errorf("%q: no figure of %g", c.s, c.value)
		}
	}
}
