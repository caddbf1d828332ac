package evmap_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/evmap"
	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/viz"
)

func TestMapCursorCellAndScrolling(t *testing.T) {
	var rows, labels []string
	cells := map[string]map[string]int{}
	for i := 0; i < 12; i++ {
		id := string(rune('a' + i))
		rows, labels = append(rows, id), append(labels, "Theme "+id)
		cells[id] = map[string]int{"s1": i, "s2": 12 - i}
	}
	var m evmap.Model
	m.SetSize(80, 10)
	if !strings.Contains(ansi.Strip(m.View(styles.New(true))), "Counting") {
		t.Error("before data the map should say it is counting")
	}
	m.SetMatrix(viz.NewMatrix("source", rows, labels, []string{"s1", "s2"}, []string{"S1", "S2"}, cells))
	m.Move(11, 1)
	theme, col, n, ok := m.Cell()
	if !ok || theme != "l" || col != "s2" || n != 1 {
		t.Errorf("cell %s %s %d", theme, col, n)
	}
	v := ansi.Strip(m.View(styles.New(true)))
	lines := strings.Split(v, "\n")
	if len(lines) != 10 || !strings.Contains(v, "Theme l") || !strings.Contains(v, "[░ 1]") || !strings.Contains(lines[len(lines)-2], "total") {
		t.Errorf("scrolled view:\n%s", v)
	}
}

// TestMapKeepsTheCursorInViewAndNamesTheColumns: at 60 columns only some
// columns fit; six moves right scroll them, the cursor's cell stays on
// screen, and the legend names the column under the cursor.
func TestMapKeepsTheCursorInViewAndNamesTheColumns(t *testing.T) {
	var cols, labels, names []string
	cells := map[string]map[string]int{"a": {}}
	for i := 0; i < 9; i++ {
		id := string(rune('p' + i))
		cols, labels, names = append(cols, id), append(labels, "C"+id), append(names, "Column "+id+" in full")
		cells["a"][id] = i + 1
	}
	x := viz.NewMatrix("source", []string{"a"}, []string{"Theme a"}, cols, labels, cells)
	x.ColNames = names
	var m evmap.Model
	m.SetSize(58, 12)
	m.SetMatrix(x)
	st := styles.New(true)
	for i := 1; i <= 6; i++ {
		m.Move(0, 1)
		v := ansi.Strip(m.View(st))
		want := "[" + viz.Shade(i+1, 9) + " " + string(rune('0'+i+1)) + "]"
		if !strings.Contains(v, want) || !strings.Contains(v, "▸ C"+cols[i]+" = Column "+cols[i]+" in full") {
			t.Fatalf("after %d moves right the cursor %s or its legend is not on screen:\n%s", i, want, v)
		}
	}
}

// TestLegendOfAHugeCode: a publisher of a megabyte in one word (or of
// dozens of capitalised words) made a column code as long, and the legend
// line, cut between words, showed only "…". The code is now at most 12
// cells and a year, and the legend names the column.
func TestLegendOfAHugeCode(t *testing.T) {
	for _, publisher := range []string{strings.Repeat("x", 1<<20), strings.Repeat("Big ", 60) + "Trust"} {
		src := evidence.Source{ID: "s1", Publisher: publisher, Title: "Waiting well", Date: evidence.Date{Year: 2024}}
		x, err := viz.BuildMatrix(t.Context(), nil, index.Request{}, nil, []evidence.Source{src}, "source")
		if err != nil {
			t.Fatal(err)
		}
		if code := x.ColLabels[0]; ansi.StringWidth(code) > 12+len(" 2024") || !strings.HasSuffix(code, " 2024") {
			t.Fatalf("code of %d cells: %.40q", ansi.StringWidth(code), code)
		}
		var m evmap.Model
		m.SetSize(80, 12)
		m.SetMatrix(x)
		v := ansi.Strip(m.View(styles.New(true)))
		if !strings.Contains(v, "▸ "+x.ColLabels[0]+" = ") {
			t.Errorf("the legend does not name the column:\n%s", v)
		}
	}
}
