package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestWorkforceLabelLinesCount: a line "Staff: 38" or "Vacancies: 3",
// as a PDF's label pairs become, is a statistic with its count, as
// "Headcount: 38" is. Before (hostile check 62), one word was too few for
// a sentence and the line gave no item.
func TestWorkforceLabelLinesCount(t *testing.T) {
	for _, c := range []struct{ line, count string }{
		{"Staff: 38", "38"},
		{"Vacancies: 3", "3"},
		{"Vacancies: 1,140", "1,140"},
	} {
		f, ok := h62aFigure(t, "## Staffing\n\n"+c.line+"\n", c.count)
		if !ok || f.Unit != evidence.UnitCount {
			t.Errorf("%q: no count item (%v %s)", c.line, ok, f.Unit)
		}
	}
}
