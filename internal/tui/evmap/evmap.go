// Package evmap is the explorer's evidence map: themes as rows, sources or
// publishers as columns, each cell the number of items, shaded by count,
// with totals and a legend of the column codes; a cell can be chosen to
// filter the results to it.
//
// Which rows and columns are shown is worked out when the matrix, the size
// or the cursor change, so the cursor stays on screen; View only draws.
package evmap

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/viz"
)

// Model is the map view.
type Model struct {
	matrix   viz.Matrix
	loaded   bool
	row, col int
	// col0 is the first column shown and top the first row; fit is how
	// many columns the width holds.
	col0, top, fit int
	width, height  int
}

// SetMatrix shows a matrix, keeping the cursor where it can.
func (m *Model) SetMatrix(x viz.Matrix) {
	m.matrix, m.loaded = x, true
	m.row = max(0, min(m.row, len(x.Rows)-1))
	m.col = max(0, min(m.col, len(x.Cols)-1))
	m.scroll()
}

// SetSize sets the view's size in cells.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.scroll()
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
	m.scroll()
}

// mapWidth is the width the matrix is drawn at, inside a margin of one.
func (m Model) mapWidth() int { return max(1, m.width-1) }

// below is the number of lines under the rows: the totals, the columns
// shown when not all fit, and the legend.
func (m Model) below() int {
	n := 1 + m.legendLines()
	if m.fit < len(m.matrix.Cols) {
		n++
	}
	return n
}

// legendLines is how many lines the legend of column codes takes: one
// for the column under the cursor at least, and one for every other column
// shown when every theme row fits too.
func (m Model) legendLines() int {
	shown := min(m.fit, len(m.matrix.Cols))
	colsLine := 0
	if m.fit < len(m.matrix.Cols) {
		colsLine = 1
	}
	spare := m.height - 3 - colsLine - len(m.matrix.Rows)
	return max(1, min(shown, spare))
}

// rowRoom is how many theme rows fit.
func (m Model) rowRoom() int { return max(1, m.height-2-m.below()) }

// scroll keeps the cursor's row and column in view.
func (m *Model) scroll() {
	m.fit = m.matrix.Fit(m.mapWidth())
	if m.col < m.col0 {
		m.col0 = m.col
	}
	if m.col >= m.col0+m.fit {
		m.col0 = m.col - m.fit + 1
	}
	m.col0 = max(0, min(m.col0, len(m.matrix.Cols)-m.fit))
	room := m.rowRoom()
	if m.row < m.top {
		m.top = m.row
	}
	if m.row >= m.top+room {
		m.top = m.row - room + 1
	}
	m.top = max(0, min(m.top, len(m.matrix.Rows)-room))
}

// Cursor is the row and column under the cursor.
func (m Model) Cursor() (row, col int) { return m.row, m.col }

// Cell is the theme id and column (source id or publisher) under the
// cursor, and its count.
func (m Model) Cell() (theme, col string, n int, ok bool) {
	if !m.loaded || len(m.matrix.Rows) == 0 || len(m.matrix.Cols) == 0 {
		return "", "", 0, false
	}
	theme, col = m.matrix.Rows[m.row], m.matrix.Cols[m.col]
	return theme, col, m.matrix.Cells[theme][col], true
}

// ColumnName says what the column under the cursor is: its code and what
// it stands for ("NP 2024b = NHS Providers · Forgotten generation …"), or
// the publisher.
func (m Model) ColumnName() string {
	x := m.matrix
	switch {
	case m.col >= len(x.Cols):
		return ""
	case x.By == "publisher" || m.col >= len(x.ColNames):
		return x.ColLabels[m.col]
	}
	return x.ColLabels[m.col] + " = " + x.ColNames[m.col]
}

// View draws the map: a title, the column codes, the theme rows, the
// totals and a legend saying what each code shown is, the column under
// the cursor first.
func (m Model) View(st styles.Styles) string {
	if !m.loaded {
		return st.Muted.Render(" Counting…")
	}
	other := map[string]string{"source": "publishers", "publisher": "sources"}[m.By()]
	head := st.Title.Render(" Evidence map") + st.Muted.Render(" · items per theme and "+m.By()+
		" · ░▒▓█ by count, · none · arrows move · enter filters · s "+other+" · esc back")
	lines, _ := m.matrix.ScreenMap(m.mapWidth(), m.row, m.col, m.col0)
	n := len(m.matrix.Rows)
	header, rows, rest := lines[0], lines[1:1+n], lines[1+n:]
	out := []string{fit.Styled(head, m.width), " " + st.DetailHead.Render(header)}
	for i := m.top; i < n && i < m.top+m.rowRoom(); i++ {
		out = append(out, " "+rows[i])
	}
	for i, l := range rest {
		if i == 0 {
			l = st.DetailHead.Render(l)
		}
		out = append(out, " "+l)
	}
	out = append(out, m.legend(st)...)
	for i := range out {
		out[i] = ansi.Truncate(out[i], m.width, "")
	}
	return strings.Join(out[:min(len(out), m.height)], "\n")
}

// legend names the columns shown, the one under the cursor first and
// marked.
func (m Model) legend(st styles.Styles) []string {
	x := m.matrix
	if len(x.Cols) == 0 {
		return nil
	}
	order := []int{m.col}
	for c := m.col0; c < min(len(x.Cols), m.col0+m.fit); c++ {
		if c != m.col {
			order = append(order, c)
		}
	}
	var out []string
	for i, c := range order[:min(len(order), m.legendLines())] {
		marker := "  "
		if i == 0 {
			marker = st.Marker.Render("▸ ")
		}
		line := evidence.ScreenText(x.ColLabels[c])
		if x.By != "publisher" && c < len(x.ColNames) {
			line += " = " + evidence.ScreenText(x.ColNames[c])
		}
		out = append(out, marker+st.Muted.Render(fit.Words(line, max(1, m.width-3))))
	}
	return out
}
