package library

import "testing"

// A numbered table carried over a page break, its next row read as the
// new page's header, goes on under the header of the table it continues;
// a table whose first row numbers nothing on keeps its own header.
func TestNumberedRowGoesOnAfterAPageBreak(t *testing.T) {
	cols := [][2]float64{{50, 80}, {90, 400}, {410, 500}}
	prev := &block{kind: tableBlock, cols: cols, cells: [][]string{{"No.", "Action", "Lead"}, {"1", "Open a clinic", "Director of Nursing"}, {"2", "Publish waits", "Head of Data"}}}
	next := &block{kind: tableBlock, cols: cols, cells: [][]string{{"3", "Train staff", "Head of People"}, {"4", "Review the plan", "Company Secretary"}}}
	if !numberedRowGoesOn(prev, next) {
		t.Error("row 3 after row 2 was not read as the table going on")
	}
	own := &block{kind: tableBlock, cols: cols, cells: [][]string{{"Year", "Measure", "Value"}, {"2024", "Waits", "12"}}}
	if numberedRowGoesOn(prev, own) {
		t.Error("a table with its own header was read as going on")
	}
}
