package evmap_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

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
	if !strings.Contains(ansi.Strip(m.View(styles.New(true), 80, 10)), "Counting") {
		t.Error("before data the map should say it is counting")
	}
	m.SetMatrix(viz.NewMatrix("source", rows, labels, []string{"s1", "s2"}, []string{"S1", "S2"}, cells))
	m.Move(11, 1)
	theme, col, n, ok := m.Cell()
	if !ok || theme != "l" || col != "s2" || n != 1 {
		t.Errorf("cell %s %s %d", theme, col, n)
	}
	v := ansi.Strip(m.View(styles.New(true), 80, 10))
	lines := strings.Split(v, "\n")
	if len(lines) != 10 || !strings.Contains(v, "Theme l") || !strings.Contains(v, "[░ 1]") || !strings.Contains(lines[len(lines)-1], "total") {
		t.Errorf("scrolled view:\n%s", v)
	}
}
