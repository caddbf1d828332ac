package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestACountInWordsAfterLastYearIsAFigure: a number in words after a
// time opener naming a year ("Last year three of our seven nurses
// left", "This year four of the nine posts ...") is a count, as one in
// digits over 13 is ("Last year 412 referrals"); no school year group
// is written "Year three" after "last" or "this". Before, the three and
// the four were read as school years and lost.
func TestACountInWordsAfterLastYearIsAFigure(t *testing.T) {
	for _, c := range []struct {
		s     string
		value float64
	}{
		{"Last year three of our seven school nurses retired.", 3},
		{"This year four of the nine health visitor posts stayed empty.", 4},
		{"In the past year two of the six clinics closed at weekends.", 2},
	} {
		found := false
		for _, f := range itemFiguresOf(t, c.s) {
			if f.Value == c.value && f.Unit == evidence.UnitCount {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no count of %g (all %v)", c.s, c.value, itemFiguresOf(t, c.s))
		}
	}
}
