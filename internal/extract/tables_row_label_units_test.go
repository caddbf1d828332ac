package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestRowLabelUnitWithItsNote: a row label whose bracket states the
// unit and then a note on it, "School nursing spend (£m, 2023/24
// prices)", "Pupils with a plan (%, January)", gives its cells that unit
// as "(£m)" alone does; a label of hours in a period, "Designated
// clinical officer hours per week", makes its cells hours (unit other).
// Before, the cells were counts: 131.2 children, 4.6 of something, 22.5
// hours counted.
func TestRowLabelUnitWithItsNote(t *testing.T) {
	body := "| Indicator | 2019/20 | 2024/25 |\n|---|---|---|\n" +
		"| School nursing spend (£m, 2023/24 prices) | 131.2 | 112.7 |\n" +
		"| Pupils with a plan (%, January) | 4.6 | 5.3 |\n" +
		"| Designated clinical officer hours per week | 22.5 | 30 |\n"
	want := []struct {
		v    float64
		unit evidence.Unit
	}{{131.2e6, evidence.UnitGBP}, {4.6, evidence.UnitPercent}, {22.5, evidence.UnitOther}}
	items := extract.Extract(parseBody(t, "P", body))
	if len(items) != 3 {
		t.Fatalf("%d items, want 3", len(items))
	}
	for k, it := range items {
		if len(it.Figures) == 0 || it.Figures[0].Value != want[k].v || it.Figures[0].Unit != want[k].unit {
			t.Errorf("%q: %+v, want %g %s first", it.Text, it.Figures, want[k].v, want[k].unit)
		}
	}
}
