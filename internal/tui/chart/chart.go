// Package chart is the explorer's chart view: the figures of the statistics
// in the current results as horizontal bars, in sections by unit, sorted by
// value or grouped by source. Moving through the bars selects their items.
//
// What the view shows is worked out when the items, the size or the
// selection change; View only draws it.
package chart

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/viz"
)

// Legend says what the bars' columns mean.
const Legend = "claim · bar: █ the figure, ░ the rest of its scale (0–100% for percentages, the largest figure for other units) · figure · publisher and year"

// Model is the chart view.
type Model struct {
	items    []evidence.Item
	secs     []viz.Section
	lines    []viz.ChartLine
	bySource bool
	// none says why there is nothing to chart, when the results cannot
	// hold figures (SetNone); "" when the chart is of the results.
	none   string
	cursor int
	// offset is the first chart line shown; width and height the view's size.
	offset        int
	width, height int
}

// SetItems charts the statistics among items, the first bar selected.
func (m *Model) SetItems(items []evidence.Item) {
	m.items, m.none = items, ""
	m.cursor, m.offset = 0, 0
	m.relayout()
}

// SetSections charts items whose sections were made already, off the
// update loop (viz.Sections with the grouping BySource reports): sorting
// the most a chart holds, 19,200 bars, takes tens of milliseconds.
func (m *Model) SetSections(items []evidence.Item, secs []viz.Section) {
	m.items, m.secs, m.none = items, secs, ""
	m.cursor, m.offset = 0, 0
	m.lines = viz.Layout(m.secs)
	m.scroll()
}

// SetNone empties the chart and says why it has nothing to draw: the
// results are of kinds that hold no figures (viz.ChartKinds).
func (m *Model) SetNone(why string) {
	m.items, m.secs, m.lines, m.none = nil, nil, nil, why
	m.cursor, m.offset = 0, 0
}

// SetSize sets the view's size in cells.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.scroll() // bars are drawn at the width as they are shown
}

func (m *Model) relayout() {
	m.secs = viz.Sections(m.items, m.bySource)
	m.lines = viz.Layout(m.secs)
	m.scroll()
}

// rows is how many chart lines fit under the title and above the legend.
func (m Model) rows() int { return max(1, m.height-2) }

// scroll keeps the selected bar's line in view.
func (m *Model) scroll() {
	at := 0
	for i, l := range m.lines {
		if l.Bar == m.cursor {
			at = i
		}
	}
	if at < m.offset {
		m.offset = at
	}
	if at >= m.offset+m.rows() {
		m.offset = at - m.rows() + 1
	}
	m.offset = max(0, min(m.offset, len(m.lines)-m.rows()))
}

// ToggleGrouping switches between sorted by value and grouped by source.
func (m *Model) ToggleGrouping() {
	m.bySource = !m.bySource
	m.cursor, m.offset = 0, 0
	m.relayout()
}

// BySource reports the grouping.
func (m Model) BySource() bool { return m.bySource }

// Bars is the number of bars.
func (m Model) Bars() int { return viz.BarCount(m.secs) }

// Move moves the selection by delta bars.
func (m *Model) Move(delta int) {
	m.cursor = max(0, min(m.Bars()-1, m.cursor+delta))
	m.scroll()
}

// Page is how many lines a page moves.
func (m Model) Page() int { return max(1, m.rows()-1) }

// Selected is the item of the selected bar.
func (m Model) Selected() (evidence.Item, bool) {
	b, ok := viz.BarAt(m.secs, m.cursor)
	if !ok {
		return evidence.Item{}, false
	}
	return *b.Item, true
}

// View draws the chart: a title, the bars with the selected one marked ▌,
// and the legend of its columns.
func (m Model) View(st styles.Styles) string {
	if m.none != "" {
		return st.Muted.Render(ansi.Wrap(" "+m.none, max(10, m.width), ""))
	}
	if m.Bars() == 0 {
		return st.Muted.Render(" No statistics with figures in these results.")
	}
	grouping := "sorted by value"
	if m.bySource {
		grouping = "grouped by source"
	}
	out := []string{fit.Styled(st.Title.Render(" Chart")+st.Muted.Render(" · "+grouping+" · s regroups · ↑↓ select · c copy · esc back"), m.width)}
	for i := m.offset; i < len(m.lines) && i < m.offset+m.rows(); i++ {
		// Only the bars on screen are drawn: a chart holds up to 19,200.
		l := m.lines[i]
		switch {
		case l.Bar == m.cursor:
			out = append(out, st.Marker.Render("▌")+st.Selected.Render(viz.ScreenBarLine(m.secs, l.Bar, max(1, m.width-2))))
		case l.Bar < 0:
			out = append(out, " "+st.DetailHead.Render(l.Text))
		default:
			out = append(out, " "+viz.ScreenBarLine(m.secs, l.Bar, max(1, m.width-2)))
		}
	}
	for len(out) < m.rows()+1 {
		out = append(out, "")
	}
	out = append(out, st.Muted.Render(" "+fit.Words(Legend, m.width-1)))
	for i := range out {
		out[i] = ansi.Truncate(out[i], m.width, "")
	}
	return strings.Join(out, "\n")
}
