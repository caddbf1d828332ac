// Package chart is the explorer's chart view: the figures of the statistics
// in the current results as horizontal bars, in sections by unit, sorted by
// value or grouped by source. Moving through the bars selects their items.
package chart

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/viz"
)

// Model is the chart view.
type Model struct {
	items    []evidence.Item
	secs     []viz.Section
	bySource bool
	cursor   int
	offset   int
}

// SetItems charts the statistics among items.
func (m *Model) SetItems(items []evidence.Item) {
	m.items = items
	m.secs = viz.Sections(items, m.bySource)
	m.cursor, m.offset = 0, 0
}

// ToggleGrouping switches between sorted by value and grouped by source.
func (m *Model) ToggleGrouping() {
	m.bySource = !m.bySource
	m.SetItems(m.items)
}

// BySource reports the grouping.
func (m Model) BySource() bool { return m.bySource }

// Bars is the number of bars.
func (m Model) Bars() int { return viz.BarCount(m.secs) }

// Move moves the selection by delta bars.
func (m *Model) Move(delta int) { m.cursor = max(0, min(m.Bars()-1, m.cursor+delta)) }

// Selected is the item of the selected bar.
func (m Model) Selected() (evidence.Item, bool) {
	b, ok := viz.BarAt(m.secs, m.cursor)
	return b.Item, ok
}

// View draws the chart in width x height, the selected bar marked ▌ and
// kept in view.
func (m *Model) View(st styles.Styles, width, height int) string {
	if m.Bars() == 0 {
		return st.Muted.Render(" No statistics with figures in these results.")
	}
	grouping := "sorted by value"
	if m.bySource {
		grouping = "grouped by source"
	}
	head := st.Title.Render(" Chart") + st.Muted.Render(" · "+grouping+" · s regroups · ↑↓ select · c copy · esc back")
	lines := viz.Chart(m.secs, width-2)
	at := 0
	for i, l := range lines {
		if l.Bar == m.cursor {
			at = i
		}
	}
	rows := max(1, height-1)
	if at < m.offset {
		m.offset = at
	}
	if at >= m.offset+rows {
		m.offset = at - rows + 1
	}
	out := []string{head}
	for i := m.offset; i < len(lines) && len(out) <= rows; i++ {
		l := lines[i]
		switch {
		case l.Bar == m.cursor:
			out = append(out, st.Marker.Render("▌")+st.Selected.Render(l.Text))
		case l.Bar < 0:
			out = append(out, " "+st.DetailHead.Render(l.Text))
		default:
			out = append(out, " "+l.Text)
		}
	}
	for i := range out {
		out[i] = ansi.Truncate(out[i], width, "…")
	}
	return strings.Join(out, "\n")
}
