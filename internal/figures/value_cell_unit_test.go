package figures

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// TestATableCellsValueCarriesItsHeadersUnit: a table's row whose cell is
// a bare number under a caption or header giving percentages ("61" under
// "… (%)") is shown in the Value column as every other path copies it,
// "61%", beside another source's "63%"; a header's weeks the same. Before
// (hostile check 70 G21), `cypx figures` (and the explorer's table of
// figures) printed "61", where the figure copy, the CSV and the packs
// said "61%".
func TestATableCellsValueCarriesItsHeadersUnit(t *testing.T) {
	council := evidence.Source{ID: "dc", Publisher: "Dunmore District Council", Date: evidence.Date{Year: 2025}, Type: evidence.Report}
	paper := evidence.Source{ID: "dp", Publisher: "Dunmore Post", Date: evidence.Date{Year: 2025}, Type: evidence.News}
	for _, c := range []struct {
		row  Row
		want string
	}{
		{Row{Item: evidence.Item{ID: "dc#1", Source: council}, Figure: evidence.Figure{Text: "61", Value: 61, Unit: evidence.UnitPercent}}, "61%"},
		{Row{Item: evidence.Item{ID: "dc#2", Source: council}, Figure: evidence.Figure{Text: "14", Value: 14, Unit: evidence.UnitWeeks}}, "14 weeks"},
		{Row{Item: evidence.Item{ID: "dp#1", Source: paper}, Figure: evidence.Figure{Text: "63%", Value: 63, Unit: evidence.UnitPercent}}, "63%"},
		{Row{Item: evidence.Item{ID: "dp#2", Source: paper}, Figure: evidence.Figure{Text: "45 per cent", Value: 45, Unit: evidence.UnitPercent}}, "45 per cent"},
	} {
		if got := c.row.Cells("")[1]; got != c.want {
			t.Errorf("%s: value %q, want %q", c.row.Item.ID, got, c.want)
		}
	}
	tab := Table{Measure: "pupils seen within 12 weeks", Rows: []Row{
		{Item: evidence.Item{ID: "dc#1", Source: council}, Figure: evidence.Figure{Text: "61", Value: 61, Unit: evidence.UnitPercent, Record: evidence.Record{Period: "2023/24"}}},
		{Item: evidence.Item{ID: "dp#1", Source: paper}, Figure: evidence.Figure{Text: "63%", Value: 63, Unit: evidence.UnitPercent, Record: evidence.Record{Period: "2024/25"}}},
	}}
	if md := tab.Markdown(evidence.Harvard, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)); !strings.Contains(md, "| Dunmore District Council | 61% |") {
		t.Errorf("the Markdown table's row:\n%s", md)
	}
}
