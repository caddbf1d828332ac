package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestNoAnswerWithItsUnitIsAColumnOfShares: "| Question | Yes (%) | No
// (%) |" holds the shares who said yes and no, both figures; and a cell
// a PDF glued from two columns, "0 166" (a plan of none beside the latest
// count), is two counts, as no number opens on a 0. Before, "No (%)" was
// read as a column of row numbers and its shares were lost, and "0 166"
// was read as one number spaced in thousands and gave none.
func TestNoAnswerWithItsUnitIsAColumnOfShares(t *testing.T) {
	body := "| Question | Yes (%) | No (%) |\n|---|---|---|\n| Has a named contact at the ICB | 37 | 63 |\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if len(it.Figures) != 2 || it.Figures[1].Value != 63 || it.Figures[1].Unit != evidence.UnitPercent || it.Figures[0].Unit != evidence.UnitPercent {
			t.Errorf("%q: %+v, want 37%% and 63%%", it.Text, it.Figures)
		}
	}
	body = "| Metric | Plan Latest | Previous |\n|---|---|---|\n| Children waiting more than 52 weeks | 0 166 | 181 |\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		var got []float64
		for _, f := range it.Figures {
			if f.Unit == evidence.UnitCount {
				got = append(got, f.Value)
			}
		}
		if len(got) != 3 || got[0] != 0 || got[1] != 166 || got[2] != 181 {
			t.Errorf("%q: counts %v, want [0 166 181]", it.Text, got)
		}
	}
}
