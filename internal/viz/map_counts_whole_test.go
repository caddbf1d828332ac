package viz_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/viz"
)

// TestMapShowsEveryCountWholeUnderTheCursor: a count of 10,000 (and a
// grand total of 150,000) is shown whole, under the cursor's brackets
// too, at 120 and 60 columns, every line the same width. Before (hostile
// check 89, N1), the cursor's cell read "[█ 1000…".
func TestMapShowsEveryCountWholeUnderTheCursor(t *testing.T) {
	m := viz.NewMatrix("source", []string{"w", "t"}, []string{"Waiting lists and access", "Transitions"},
		[]string{"a", "b"}, []string{"AA 2024", "BB 2025"},
		map[string]map[string]int{"w": {"a": 10000, "b": 90000}, "t": {"a": 50000}})
	for _, width := range []int{120, 60} {
		lines, fitted := m.Map(width, 0, 0, 0)
		if fitted < 1 || !strings.Contains(lines[1], "[█ 10000]") && !strings.Contains(lines[1], "[░ 10000]") {
			t.Errorf("width %d: the cursor's cell is not whole:\n%s", width, strings.Join(lines, "\n"))
		}
		if !strings.Contains(strings.Join(lines, "\n"), "150000") || !strings.Contains(lines[1], "100000") {
			t.Errorf("width %d: a total cut:\n%s", width, strings.Join(lines, "\n"))
		}
		w := ansi.StringWidth(lines[0])
		for _, l := range lines[1:4] {
			if ansi.StringWidth(l) != w {
				t.Errorf("width %d: lines of %d and %d cells:\n%s", width, w, ansi.StringWidth(l), strings.Join(lines, "\n"))
				break
			}
		}
	}
}
