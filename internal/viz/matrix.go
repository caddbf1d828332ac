package viz

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
)

// Matrix is the evidence map: items per theme (rows) and source or
// publisher (columns). An item counts once in every theme it has.
type Matrix struct {
	By        string   `json:"by"` // "source" or "publisher"
	Rows      []string `json:"-"`  // theme ids, in taxonomy order
	RowLabels []string `json:"-"`
	Cols      []string `json:"-"` // source ids or publishers
	ColLabels []string `json:"-"`
	// ColNames say in full what each column is, for the legend of the
	// codes: "Healthcare Leader · Most trusts say …".
	ColNames []string `json:"-"`
	// Cells holds the counts: Cells[row][col].
	Cells map[string]map[string]int `json:"rows"`
	// Totals are per row and per column, and the grand total of cells.
	Totals MatrixTotals `json:"totals"`
	// drawn is what every drawing of the map needs of the whole matrix,
	// worked out once by NewMatrix: the explorer draws the map at each
	// cursor move, and walked every total and every cell for it each time.
	drawn mapMeasures
}

// mapMeasures are a matrix's largest cell and the widths of its map's
// cells (see cellWidths); zero for a Matrix not made by NewMatrix, whose
// map has no counts.
type mapMeasures struct {
	top, cells, totals int
}

// MatrixTotals are a matrix's sums.
type MatrixTotals struct {
	Rows  map[string]int `json:"rows"`
	Cols  map[string]int `json:"columns"`
	Cells int            `json:"cells"`
}

// NewMatrix makes a matrix from counts per row; cols lists every column
// (sources with no items in any theme included, so gaps show).
func NewMatrix(by string, rows, rowLabels []string, cols, colLabels []string, cells map[string]map[string]int) Matrix {
	m := Matrix{By: by, Rows: rows, RowLabels: rowLabels, Cols: cols, ColLabels: colLabels, Cells: map[string]map[string]int{},
		Totals: MatrixTotals{Rows: map[string]int{}, Cols: map[string]int{}}}
	for _, r := range rows {
		m.Cells[r] = map[string]int{}
		for _, c := range cols {
			n := cells[r][c]
			m.Cells[r][c] = n
			m.Totals.Rows[r] += n
			m.Totals.Cols[c] += n
			m.Totals.Cells += n
			m.drawn.top = max(m.drawn.top, n)
		}
	}
	m.drawn.cells, m.drawn.totals = widthsFor(m.Totals)
	return m
}

// Max is the largest cell.
func (m Matrix) Max() int { return m.drawn.top }

// Shade is a cell's shading by its share of the largest cell; an empty
// cell is a gap, "·".
func Shade(n, top int) string {
	switch {
	case n == 0 || top == 0:
		return "·"
	case n*4 > top*3:
		return "█"
	case n*2 > top:
		return "▓"
	case n*4 > top:
		return "▒"
	}
	return "░"
}

// Map draws the matrix with first column col0 at a width, marking the cell
// at (row, col) with brackets when row >= 0. It returns the lines and how
// many columns fitted.
func (m Matrix) Map(width, row, col, col0 int) ([]string, int) {
	return m.drawMap(width, row, col, col0, evidence.Printable)
}

// ScreenMap is Map for the explorer: its labels in the explorer's steady
// form (evidence.ScreenText), so each measures in the layout what the
// terminal draws (issue 15).
func (m Matrix) ScreenMap(width, row, col, col0 int) ([]string, int) {
	return m.drawMap(width, row, col, col0, evidence.ScreenText)
}

func (m Matrix) drawMap(width, row, col, col0 int, shown func(string) string) ([]string, int) {
	labelW := mapLabelWidth(width)
	cw, tw := m.cellWidths()
	fit := m.fit(width, cw, tw)
	end := min(len(m.Cols), col0+fit)
	top := m.Max()
	pad := func(s string, w int) string {
		s = ansi.Truncate(shown(s), w, "…")
		return s + strings.Repeat(" ", w-ansi.StringWidth(s))
	}
	var lines []string
	head := pad("", labelW)
	for c := col0; c < end; c++ {
		head += " " + pad(codeFit(m.ColLabels[c], cw-1), cw-1)
	}
	head += " " + pad("total", tw-1)
	lines = append(lines, head)
	for r, id := range m.Rows {
		line := pad(m.RowLabels[r], labelW)
		for c := col0; c < end; c++ {
			n := m.Cells[id][m.Cols[c]]
			cell := fmt.Sprintf("%s %d", Shade(n, top), n)
			if n == 0 {
				cell = "·"
			}
			if r == row && c == col {
				cell = "[" + cell + "]"
			} else {
				cell = " " + cell
			}
			line += " " + pad(cell, cw-1)
		}
		line += " " + pad(fmt.Sprint(m.Totals.Rows[id]), tw-1)
		lines = append(lines, line)
	}
	foot := pad("total", labelW)
	for c := col0; c < end; c++ {
		foot += " " + pad(" "+fmt.Sprint(m.Totals.Cols[m.Cols[c]]), cw-1)
	}
	foot += " " + pad(fmt.Sprint(m.Totals.Cells), tw-1)
	lines = append(lines, foot)
	if end < len(m.Cols) || col0 > 0 {
		lines = append(lines, fmt.Sprintf("columns %d–%d of %d", col0+1, end, len(m.Cols)))
	}
	return lines, end - col0
}

// cellW is the least width of a map cell, its separating space included:
// the cursor's "[█ 9999]" and a space.
const cellW = 9

// cellWidths are the width of the map's cells of counts and of its column
// of totals, each its separating space included, as NewMatrix measured
// them (widthsFor); at least cellW.
func (m Matrix) cellWidths() (cells, totals int) {
	return max(cellW, m.drawn.cells), max(cellW, m.drawn.totals)
}

// widthsFor is the width of a map's cells of counts and of its column of
// totals: wide enough for the cursor's brackets round the largest count a
// cell or a column's total holds, and for the grand total. A count of
// 10,000 under the cursor was cut inside the number, "[█ 1000…" (hostile
// check 89, N1).
func widthsFor(t MatrixTotals) (cells, totals int) {
	top := 0
	for _, n := range t.Rows {
		top = max(top, n) // no cell exceeds its row's total
	}
	for _, n := range t.Cols {
		top = max(top, n)
	}
	return max(cellW, len(strconv.Itoa(top))+5), max(cellW, len(strconv.Itoa(t.Cells))+2)
}

func mapLabelWidth(width int) int {
	if width < 90 {
		return 18
	}
	return 26
}

// Fit is how many columns of counts Map draws at a width, beside the row
// labels and the totals.
func (m Matrix) Fit(width int) int {
	cw, tw := m.cellWidths()
	return m.fit(width, cw, tw)
}

func (m Matrix) fit(width, cw, tw int) int {
	return max(1, (width-mapLabelWidth(width)-tw)/cw)
}

// codeFit fits a column code ("NHSP 2024a") in width keeping its year
// whole: the initials are shortened first, and the year alone is left
// when even that does not fit.
func codeFit(code string, width int) string {
	if ansi.StringWidth(code) <= width {
		return code
	}
	i := strings.LastIndex(code, " ")
	if i < 0 {
		return ansi.Truncate(code, width, "…")
	}
	name, year := code[:i], code[i+1:]
	if room := width - ansi.StringWidth(year) - 1; room >= 2 {
		return ansi.Truncate(name, room, "…") + " " + year
	}
	return ansi.Truncate(year, width, "")
}

// CSV is the matrix as rows of cells: a header of columns, then a row per
// theme with its total.
func (m Matrix) CSV() [][]string {
	head := append([]string{"theme"}, m.Cols...)
	out := [][]string{append(head, "total")}
	for _, r := range m.Rows {
		row := []string{r}
		for _, c := range m.Cols {
			row = append(row, fmt.Sprint(m.Cells[r][c]))
		}
		out = append(out, append(row, fmt.Sprint(m.Totals.Rows[r])))
	}
	return out
}

// SourceLabel is a short column label for a source: publisher initials
// and year, "NHSP 2024".
func SourceLabel(s evidence.Source) string {
	var ini strings.Builder
	for _, w := range strings.Fields(s.Publisher) {
		r := []rune(w)
		if len(r) > 0 && (r[0] >= 'A' && r[0] <= 'Z') {
			ini.WriteRune(r[0])
		}
	}
	label := ini.String()
	if len(label) < 2 {
		label = s.Publisher
	}
	// A code is for telling columns apart, and the legend says it in
	// full: a publisher of megabytes in one word made a code the legend
	// could only show as "…". Cut by character, since a code has no words.
	if fit.Width(fit.Clip(label, maxLabelCells+1)) > maxLabelCells {
		label = ansi.Truncate(fit.Clip(label, maxLabelCells), maxLabelCells, "…")
	}
	return fmt.Sprintf("%s %d", label, s.Date.Year)
}

// maxLabelCells bounds a source's code before its year, in cells.
const maxLabelCells = 12
