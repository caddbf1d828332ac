// Package evmap is the explorer's evidence map: themes as rows, sources or
// publishers as columns, each cell the number of items, shaded by count,
// with totals; a cell can be chosen to filter the results to it.
package evmap

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/viz"
)

// Model is the map view.
type Model struct {
	matrix   viz.Matrix
	loaded   bool
	row, col int
	col0     int
	fit      int
	top      int // first row shown
}

// SetMatrix shows a matrix, keeping the cursor where it can.
func (m *Model) SetMatrix(x viz.Matrix) {
	m.matrix, m.loaded = x, true
	m.row = max(0, min(m.row, len(x.Rows)-1))
	m.col = max(0, min(m.col, len(x.Cols)-1))
}

// By is "source" or "publisher".
func (m Model) By() string {
	if m.matrix.By == "" {
		return "source"
	}
	return m.matrix.By
}

// Move moves the cursor by rows and columns.
func (m *Model) Move(dr, dc int) {
	m.row = max(0, min(len(m.matrix.Rows)-1, m.row+dr))
	m.col = max(0, min(len(m.matrix.Cols)-1, m.col+dc))
	if m.col < m.col0 {
		m.col0 = m.col
	}
	if m.fit > 0 && m.col >= m.col0+m.fit {
		m.col0 = m.col - m.fit + 1
	}
}

// Cell is the theme id and column (source id or publisher) under the
// cursor, and its count.
func (m Model) Cell() (theme, col string, n int, ok bool) {
	if !m.loaded || len(m.matrix.Rows) == 0 || len(m.matrix.Cols) == 0 {
		return "", "", 0, false
	}
	theme, col = m.matrix.Rows[m.row], m.matrix.Cols[m.col]
	return theme, col, m.matrix.Cells[theme][col], true
}

// View draws the map in width x height.
func (m *Model) View(st styles.Styles, width, height int) string {
	if !m.loaded {
		return st.Muted.Render(" Counting…")
	}
	head := st.Title.Render(" Evidence map") + st.Muted.Render(" · items per theme and "+m.By()+
		" · ░▒▓█ by count, · none · arrows move · enter filters · s "+map[string]string{"source": "publishers", "publisher": "sources"}[m.By()]+" · esc back")
	lines, fit := m.matrix.Map(width-1, m.row, m.col, m.col0)
	m.fit = fit
	n := len(m.matrix.Rows)
	header, rows, rest := lines[0], lines[1:1+n], lines[1+n:]
	// Rows scroll with the cursor; the header and the totals stay.
	room := max(1, height-2-len(rest))
	if m.row < m.top {
		m.top = m.row
	}
	if m.row >= m.top+room {
		m.top = m.row - room + 1
	}
	m.top = max(0, min(m.top, n-room))
	out := []string{ansi.Truncate(head, width, "…"), ansi.Truncate(" "+st.DetailHead.Render(header), width, "…")}
	for i := m.top; i < n && i < m.top+room; i++ {
		out = append(out, ansi.Truncate(" "+rows[i], width, "…"))
	}
	for i, l := range rest {
		if i == 0 {
			l = st.DetailHead.Render(l)
		}
		out = append(out, ansi.Truncate(" "+l, width, "…"))
	}
	return strings.Join(out[:min(len(out), height)], "\n")
}
