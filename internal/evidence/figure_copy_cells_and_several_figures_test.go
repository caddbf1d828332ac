package evidence

import "testing"

// TestFigureCopyNamesTheCellAndQuotesAList: FigureCopy and
// FigureMeasure, the one rule every figure copy and table of figures
// says a figure by: a cell by its header (its unit and marker left out)
// and its row label, with its period where neither says it; an escaped
// pipe is a cell's text; a figure of a list or range quoted with its
// sentence; a finding of a clause of its own, or with its base and
// threshold, gives the figure.
func TestFigureCopyNamesTheCellAndQuotesAList(t *testing.T) {
	row := Item{Text: "| Hill \\| Vale | 12.5 | 81 |", Header: "| Area | Median wait (weeks)[^2] | Children¹ |", Section: "Waits"}
	wait := Figure{Text: "12.5", Value: 12.5, Unit: UnitWeeks, Offset: 17, Record: Record{Period: "2022/23"}}
	kids := Figure{Text: "81", Value: 81, Unit: UnitCount, Offset: 24}
	row.Figures = []Figure{wait, kids}
	if got := row.FigureCopy(wait); got != "12.5 weeks (Median wait, Hill | Vale, 2022/23)" {
		t.Errorf("cell copy %q", got)
	}
	if got := row.FigureMeasure(kids); got != "Children, Hill | Vale" {
		t.Errorf("cell measure %q", got)
	}
	row.Section = "Table 9: Waits by area, 2022/23"
	if got := row.FigureCopy(wait); got != "12.5 weeks (Median wait, Hill | Vale; Table 9: Waits by area, 2022/23)" {
		t.Errorf("cell copy under a caption %q", got)
	}
	noHead := Item{Text: "| Vale | 40 |", Header: "| Area |", Figures: []Figure{{Text: "40", Value: 40, Unit: UnitCount, Offset: 9, Record: Record{Measure: "nurses"}}}}
	if got := noHead.FigureCopy(noHead.Figures[0]); got != "40 (nurses, Vale)" {
		t.Errorf("cell without a header %q", got)
	}
	rng := Item{Text: "Waits ran from 12% in Vale to 30% in Hill.", Figures: []Figure{{Text: "12%", Unit: UnitPercent, Role: RoleRange, Offset: 15}, {Text: "30%", Unit: UnitPercent, Role: RoleRange, Offset: 28}}}
	if got := rng.FigureCopy(rng.Figures[0]); got != `"Waits ran from 12% in Vale to 30% in Hill."` {
		t.Errorf("range copy %q", got)
	}
	two := Item{Text: "In 2024, 64% said waits were too long, and 22% said staff were hard to reach.", Figures: []Figure{{Text: "64%", Unit: UnitPercent, Offset: 9}, {Text: "22%", Unit: UnitPercent, Offset: 44}}}
	if got := two.FigureCopy(two.Figures[0]); got != "64%" {
		t.Errorf("a finding of a clause of its own %q", got)
	}
	one := Item{Text: "Of 80 parents asked, 35% waited over 6 weeks.", Figures: []Figure{
		{Text: "80 parents", Unit: UnitCount, Role: RoleBase, Offset: 3},
		{Text: "35%", Unit: UnitPercent, Role: RoleHeadline, Offset: 21},
		{Text: "over 6 weeks", Unit: UnitWeeks, Role: RoleThreshold, Offset: 32}}}
	if got := one.FigureCopy(one.Figures[1]); got != "35%" {
		t.Errorf("one finding's copy %q", got)
	}
	if got := one.FigureMeasure(one.Figures[1]); got != "Of 80 parents asked, 35% waited over 6 weeks" {
		t.Errorf("one finding's measure %q", got)
	}
}
