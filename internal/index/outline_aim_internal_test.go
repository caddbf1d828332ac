package index

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestOutlineKeepsAFiguresAim: an item read back from its outline keeps
// each figure's Aim (hostile check 65), so a copy made from a search hit
// states no aim's year, as one made from the item's JSON does not.
func TestOutlineKeepsAFiguresAim(t *testing.T) {
	it := evidence.Item{ID: "a", Kind: evidence.Statistic, Text: "The programme aims to reach 500 families, up from 420 in 2023.",
		Figures: []evidence.Figure{
			{Text: "500 families", Value: 500, Unit: evidence.UnitCount, Offset: 28, Record: evidence.Record{Period: "2024", Aim: true}},
			{Text: "420", Value: 420, Unit: evidence.UnitCount, Offset: 50, Record: evidence.Record{Period: "2023"}},
		}}
	got, _, err := readOutlineString("a", string(outlineOf(it)))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Figures) != 2 || !got.Figures[0].Aim || got.Figures[1].Aim {
		t.Errorf("figures read back %+v, want the first an aim alone", got.Figures)
	}
}
