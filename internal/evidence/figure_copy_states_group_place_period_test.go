package evidence

import "testing"

// TestFigureCopyStatesItsGroupPlaceAndPeriod: a figure whose words name
// its group ("2,500 children") is copied with the rest of its group, its
// place and its period where its words leave them out, so the copy
// states the fact show states; a bare share, a change and a figure whose
// words name another group are copied as before (hostile check 63 H1).
// Before: "one health visitor for every 2,500 children" for a ratio of
// children aged under five.
func TestFigureCopyStatesItsGroupPlaceAndPeriod(t *testing.T) {
	ratio := Figure{Text: "one midwife for every 1,800 infants", Value: 1800, Unit: UnitCount, Offset: 9,
		Record: Record{Population: "infants aged under one"}}
	it := Item{Text: "There is one midwife for every 1,800 infants aged under one.", Figures: []Figure{ratio}}
	if got := it.FigureCopy(ratio); got != "one midwife for every 1,800 infants aged under one" {
		t.Errorf("ratio copy %q", got)
	}
	if got := it.FigureText(ratio); got != "one midwife for every 1,800 infants aged under one" {
		t.Errorf("ratio text %q", got)
	}
	placed := Figure{Text: "one dietitian for every 4,100 pupils", Value: 4100, Unit: UnitCount, Offset: 10,
		Record: Record{Population: "pupils aged 11 to 16 in Oakmere", Period: "2025"}}
	it = Item{Text: "There was one dietitian for every 4,100 pupils aged 11 to 16 in Oakmere in 2025.", Figures: []Figure{placed}}
	if got := it.FigureCopy(placed); got != "one dietitian for every 4,100 pupils aged 11 to 16 in Oakmere, 2025" {
		t.Errorf("ratio with place and year %q", got)
	}
	if got := it.FigureText(placed); got != "one dietitian for every 4,100 pupils aged 11 to 16 in Oakmere" {
		t.Errorf("ratio text with place %q (the table gives the period its own column)", got)
	}
	apart := Figure{Text: "610 young carers", Value: 610, Unit: UnitCount, Offset: 0,
		Record: Record{Population: "young carers", Place: "Brackley", Period: "2023/24"}}
	it = Item{Text: "610 young carers were known to Brackley services in 2023/24.", Figures: []Figure{apart}}
	if got := it.FigureCopy(apart); got != "610 young carers" {
		t.Errorf("a count copied without what was counted (hostile check 64 H4) %q", got)
	}
	share := Figure{Text: "44%", Value: 44, Unit: UnitPercent, Offset: 0, Record: Record{Population: "parents", Period: "2024"}}
	it = Item{Text: "44% of parents waited in 2024.", Figures: []Figure{share}}
	if got := it.FigureCopy(share); got != "44%" {
		t.Errorf("a share whose words name no group %q", got)
	}
	other := Figure{Text: "1 in 5", Value: 20, Unit: UnitPercent, Offset: 0, Record: Record{Population: "5 year olds", Period: "2024"}}
	it = Item{Text: "1 in 5 of the 5 year olds waited.", Figures: []Figure{other}}
	if got := it.FigureCopy(other); got != "1 in 5" {
		t.Errorf("a number is no group's head %q", got)
	}
	change := Figure{Text: "300 children", Value: 300, Unit: UnitCount, Role: RoleChange, Offset: 13,
		Record: Record{Population: "children in care", Period: "since 2019"}}
	it = Item{Text: "There were 300 children more in care since 2019.", Figures: []Figure{change}}
	if got := it.FigureCopy(change); got != "300 children" {
		t.Errorf("a change %q", got)
	}
	if containsWords("waits in 2024/25", "2024") || !containsWords("pupils in Oakmere", "oakmere") {
		t.Error("containsWords reads a period inside another, or misses a place")
	}
}
