package library

import (
	"slices"
	"testing"
)

// TestSpreadsheetFiguresSetRightTakeTheirColumns: a spreadsheet's table
// printed to PDF sets each header cell left in its column and each figure
// right, so a figure ends just short of the next column's header, and
// poppler joins two figures set close across that edge into one run. The
// header's left edges are the columns: each figure is a cell of its own
// under its header. A table whose headers are set right over their
// figures is not read so.
func TestSpreadsheetFiguresSetRightTakeTheirColumns(t *testing.T) {
	run := func(text string, x0, x1 float64) *frag {
		return &frag{x0: x0, x1: x1, y0: 100, y1: 110, size: 9, text: text}
	}
	one := func(f ...*frag) *piece { return newPiece(f, 1) }
	texts := func(ps []*piece) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.text)
		}
		return out
	}
	lines := [][]*piece{
		{one(run("District", 40, 80)), one(run("Children", 180, 220)), one(run("Seen (%)", 262, 300)), one(run("Under 5s (%)", 344, 400)), one(run("Change,", 426, 460))},
		{one(run("(pts)", 426, 450))},
		{one(run("Northgate", 40, 90)), one(run("2210", 238, 260)), one(run("58.2", 320, 342)), one(run("55", 412, 424), run("+2.3", 426, 446))},
		{one(run("Southmoor and Vale", 40, 130)), one(run("1875", 238, 260)), one(run("61.4", 320, 342)), one(run("49.8", 402, 424), run("-1.2", 426, 444))},
	}
	cut, cols, ok := rightAlignedColumns(lines, 1)
	if !ok {
		t.Fatal("a spreadsheet's table not read by its header's edges")
	}
	if len(cols) != 5 {
		t.Errorf("%d columns, want 5: %v", len(cols), cols)
	}
	if got := texts(cut[2]); !slices.Equal(got, []string{"Northgate", "2210", "58.2", "55", "+2.3"}) {
		t.Errorf("cells %q, want each figure its own", got)
	}
	for _, p := range cut[3][1:] {
		if k := column(p, cols); k < 1 || cols[k][0] > p.x0+2 && cols[k][1] < p.x1-3 {
			t.Errorf("figure %q in column %d", p.text, k)
		}
	}
	if k := column(cut[3][3], cols); k != 3 {
		t.Errorf("49.8 in column %d, want 3 (Under 5s)", k)
	}
	// Headers set right over figures set right: the figures end under
	// their own header's right edge, not short of the next one's.
	centred := [][]*piece{
		{one(run("District", 40, 80)), one(run("Children", 220, 260)), one(run("Seen (%)", 304, 342)), one(run("Under 5s (%)", 368, 424))},
		{one(run("Northgate", 40, 90)), one(run("2210", 238, 260)), one(run("58.2", 320, 342)), one(run("55", 412, 424))},
		{one(run("Southmoor", 40, 90)), one(run("1875", 238, 260)), one(run("61.4", 320, 342)), one(run("49.8", 402, 424))},
	}
	if _, _, ok := rightAlignedColumns(centred, 1); ok {
		t.Error("a table with its headers set right over its figures read as a spreadsheet's")
	}
}
