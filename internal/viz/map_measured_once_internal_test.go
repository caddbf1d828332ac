package viz

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mapMatrices are matrices of every shape the map draws: none at all, no
// rows, a few small counts with an empty row and column, and counts of
// six digits over more columns than fit.
func mapMatrices() []Matrix {
	return []Matrix{
		{},
		NewMatrix("source", nil, nil, nil, nil, nil),
		NewMatrix("source", []string{"w", "t", "e"}, []string{"Waiting lists and access", "Transitions", "Empty"},
			[]string{"a", "b", "c"}, []string{"AA 2024", "BB 2025", "CC 2023"},
			map[string]map[string]int{"w": {"a": 3, "b": 12}, "t": {"a": 1, "c": 7}}),
		NewMatrix("publisher", []string{"w", "t"}, []string{"Waiting lists and access", "Transitions"},
			[]string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}, []string{"AA 2024", "BB 2025", "CC", "DD", "EE", "FF", "GG", "HH", "II", "JJ"},
			map[string]map[string]int{"w": {"a": 10000, "b": 90000, "j": 4}, "t": {"a": 50000, "e": 123456}}),
	}
}

// The map's largest cell and its cells' widths are measured once, when
// the matrix is made, and each drawing (one per cursor move in the
// explorer) is what it was when they were measured at every drawing: the
// golden file was written by the code that walked every total and every
// cell for each drawing, at three widths and three cursor places.
func TestMapMeasuredOnceDrawsAsBefore(t *testing.T) {
	var b strings.Builder
	for _, m := range mapMatrices() {
		top := 0
		for _, row := range m.Cells {
			for _, n := range row {
				top = max(top, n)
			}
		}
		if m.Max() != top {
			t.Errorf("Max() = %d, the largest cell is %d", m.Max(), top)
		}
		cells, totals := widthsFor(m.Totals)
		if gotC, gotT := m.cellWidths(); gotC != cells || gotT != totals {
			t.Errorf("cellWidths() = %d, %d as made, %d, %d from the totals", gotC, gotT, cells, totals)
		}
		for _, width := range []int{60, 100, 160} {
			for _, cur := range [][3]int{{-1, -1, 0}, {0, 0, 0}, {1, 1, 1}} {
				lines, n := m.Map(width, cur[0], cur[1], cur[2])
				fmt.Fprintf(&b, "%d %v %d %d\n%s\n", width, cur, n, m.Fit(width), strings.Join(lines, "\n"))
			}
		}
	}
	want, err := os.ReadFile(filepath.Join("testdata", "map_drawn.golden"))
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("the map is drawn otherwise than before:\n%s\nwant:\n%s", got, want)
	}
}
