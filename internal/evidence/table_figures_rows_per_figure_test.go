package evidence

import (
	"strings"
	"testing"
)

// TestTableFiguresGiveEachFigureOfAListARow: a pack's table of figures
// gives each finding of an item a row (Item.TableFigures), a base, a
// threshold and a change none; and what each measures is cut around its
// own words, keeping the clause's opening words that say what is counted,
// with its place where the cut leaves it out (hostile check 63 M1).
// Before: one row for "300, 320, 340 and 360 … respectively", and a long
// list's row read "…Eastvale and Westvale was 410, 385, 290 and 515
// respectively, which together made up the…".
func TestTableFiguresGiveEachFigureOfAListARow(t *testing.T) {
	it := Item{Text: "Of 90 families asked, 41% waited over 8 weeks and 12% waited over a year, up 3 points.", Figures: []Figure{
		{Text: "90 families", Role: RoleBase, Offset: 3},
		{Text: "41%", Role: RoleHeadline, Offset: 22},
		{Text: "over 8 weeks", Role: RoleThreshold, Offset: 33},
		{Text: "12%", Offset: 50},
		{Text: "3 points", Role: RoleChange, Offset: 77},
	}}
	var got []string
	for _, f := range it.TableFigures() {
		got = append(got, f.Text)
	}
	if strings.Join(got, " ") != "41% 12%" {
		t.Errorf("table figures %q", got)
	}
	text := "The number of young people seen by the crisis team across the districts of Ferne, Gale, Holt and Ivel was 120, 95, 60 and 140 respectively, which together made up most of the year's crisis work."
	list := Item{Text: text}
	for range 4 {
		list.Figures = append(list.Figures, Figure{Unit: UnitCount})
	}
	for i, n := range []string{"120", "95", "60", "140"} {
		list.Figures[i].Text = n
	}
	list.Figures[0].Offset = strings.Index(text, "120")
	list.Figures[1].Offset = strings.Index(text, "95")
	list.Figures[2].Offset = strings.Index(text, "60 and")
	list.Figures[3].Offset = strings.Index(text, "140")
	list.Figures[3].Place = "Ivel"
	if n := len(list.TableFigures()); n != 4 {
		t.Fatalf("%d rows for a list of four", n)
	}
	first := list.FigureMeasure(list.Figures[0])
	if !strings.HasPrefix(first, "The number of young people seen by") || !strings.Contains(first, " … ") || !strings.Contains(first, "120") {
		t.Errorf("the first figure's measure %q", first)
	}
	last := list.FigureMeasure(list.Figures[3])
	if !strings.HasPrefix(last, "The number of young people") || !strings.Contains(last, "140") || !strings.HasSuffix(last, "; Ivel") {
		t.Errorf("the last figure's measure %q", last)
	}
	if w := len(strings.Fields(strings.ReplaceAll(last, "…", " "))); w > measureWords+2 {
		t.Errorf("measure of %d words: %q", w, last)
	}
}
