package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestACaptionsComparedPlaceIsNotTheTablesPlace: a caption or heading
// naming the table's place and another to compare it with ("Uptake in
// Medway compared with the England average", "against the England
// average", "(England average shown for comparison)", "with England for
// comparison", "(England: 89%)") places none of the table's figures in
// the place compared with. Before (hostile check 67), every figure of
// Medway's (or Kent's) table was placed in England, the one place the
// place list knew.
func TestACaptionsComparedPlaceIsNotTheTablesPlace(t *testing.T) {
	table := "\n\n| Vaccine | 2022/23 (%) | 2023/24 (%) |\n|---|---|---|\n| DTaP at 12 months | 90.1 | 89.2 |\n\n"
	for _, caption := range []string{
		"Table 3: Uptake in Medway compared with the England average",
		"Table 3: Uptake in Medway compared with England",
		"Table 3: Medway uptake against the England average",
		"Table 3: Uptake in Medway (England average shown for comparison)",
		"Table 3: Uptake in Surrey, with England for comparison",
		"Table 3: Uptake in Thurrock, 2022/23 to 2023/24 (England: 89%)",
		"Table 3: Uptake in Hampshire versus England",
	} {
		its := extract.Extract(parseBody(t, "P", "Uptake of vaccines.\n\n"+caption+table))
		for _, v := range []float64{90.1, 89.2} {
			f, ok := rowFigure(its, "DTaP at 12 months", v)
			if !ok {
				t.Errorf("%s: %g: no figure", caption, v)
				continue
			}
			if f.Place == "England" {
				t.Errorf("%s: %g placed in England (%+v)", caption, v, f.Record)
			}
		}
	}
	// A heading so written over a table of periods: Kent's, not England's.
	its := extract.Extract(parseBody(t, "P", "## Waiting times in Kent compared with England\n\n| Measure | 2022/23 | 2023/24 |\n|---|---|---|\n| Children seen within 18 weeks (%) | 61 | 64 |\n"))
	if f, ok := rowFigure(its, "Children seen within 18 weeks (%)", 61); !ok || f.Place == "England" {
		t.Errorf("heading's comparator placed the row: %+v %v", f.Record, ok)
	}
	// A caption naming England alone still places the table.
	its = extract.Extract(parseBody(t, "P", "Uptake of vaccines.\n\nTable 3: Uptake in England"+table))
	if f, ok := rowFigure(its, "DTaP at 12 months", 90.1); !ok || f.Place != "England" {
		t.Errorf("England's own table: %+v %v", f.Record, ok)
	}
}

// TestACaptionsPlaceIsNoWordOfAnotherRowsMeasure: rows of places under
// periods ("Area | 2022/23 (%) | 2023/24 (%) | Change (points)") take what
// they measure from the caption without the place it ends on ("MMR1
// uptake at 24 months in Medway."), so Kent's and England's rows measure
// what Medway's does; a "South East region (%)" column is the South
// East's. Before (hostile check 67), Kent's and England's figures
// measured "MMR1 uptake at 24 months in Medway", keyed with Medway's
// name, and the South East's value measured "south East region", with
// no place.
func TestACaptionsPlaceIsNoWordOfAnotherRowsMeasure(t *testing.T) {
	body := "Uptake by area.\n\n| Area | 2022/23 (%) | 2023/24 (%) | Change (points) |\n|---|---|---|---|\n| Medway | 85.2 | 84.0 | -1.2 |\n| Kent | 88.1 | 87.4 | -0.7 |\n| England | 89.3 | 88.9 | -0.4 |\n\nTable 1: MMR1 uptake at 24 months in Medway.\n\n" +
		"More text.\n\n| Vaccine | Kent County Council (%) | Medway Council (%) | South East region (%) | England (%) |\n|---|---|---|---|---|\n| MMR2 at 5 years | 86.1 | 83.2 | 87.9 | 84.3 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	for _, c := range []struct {
		row   string
		v     float64
		place string
	}{
		{"Kent", 87.4, "Kent"},
		{"England", 88.9, "England"},
		{"Medway", 84.0, "Medway"},
	} {
		f, ok := rowFigure(its, c.row, c.v)
		if !ok {
			t.Errorf("%s %g: no figure", c.row, c.v)
			continue
		}
		if f.Place != c.place || f.Period != "2023/24" || strings.Contains(strings.ToLower(f.Measure), "medway") || c.row != "Medway" && strings.Contains(f.Key, "medway") {
			t.Errorf("%s %g: %+v", c.row, c.v, f.Record)
		}
	}
	f, ok := rowFigure(its, "MMR2 at 5 years", 87.9)
	if !ok || f.Place != "South East" || strings.Contains(strings.ToLower(f.Measure), "region") {
		t.Errorf("South East region's value: %+v %v", f.Record, ok)
	}
}
