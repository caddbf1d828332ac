package library

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tables: lines split into aligned cells become one table block, read row
// by row, so that the extractor can quote each row with its header and no
// cell is glued into a sentence.

var numericCellRe = regexp.MustCompile(`^[(<>~≈]?[-–+]?[£$€]?\d[\d,.]*\s?(?:%|[kmb]n?|bn|m|pp|x)?\)?(?:\s*\(\d[\d,.]*%?\))?$`)

// tables finds runs of lines split into aligned cells and makes each one
// table block, taking its lines off the page.
func (l *layout) tables(rs []*row, page int) ([]*row, []*block) {
	var out []*row
	var tables []*block
	for i := 0; i < len(rs); {
		ps := pieces(rs[i], page)
		if len(ps) < 2 {
			out = append(out, rs[i])
			i++
			continue
		}
		// Grow the region while lines have several cells, or one cell
		// that sits within a column (a cell's text wrapped).
		j := i + 1
		cols := projection(ps)
		for j < len(rs) {
			next := pieces(rs[j], page)
			gap := rs[j].y0 - rs[j-1].y1
			if gap > 2.5*l.bodyH {
				break
			}
			if len(next) < 2 && !(len(next) == 1 && withinColumn(next[0], cols) && gap < 0.5*l.bodyH) {
				break
			}
			cols = projection(append(columnPieces(cols), next...))
			j++
		}
		if t := l.makeTable(rs[i:j], page); t != nil {
			tables = append(tables, t)
			i = j
			continue
		}
		out = append(out, rs[i])
		i++
	}
	return out, tables
}

// columnPieces turns column intervals back into pieces for re-projection.
func columnPieces(cols [][2]float64) []*piece {
	var ps []*piece
	for _, c := range cols {
		ps = append(ps, &piece{x0: c[0], x1: c[1]})
	}
	return ps
}

// projection merges the x-extents of pieces into columns.
func projection(ps []*piece) [][2]float64 {
	var iv [][2]float64
	for _, p := range ps {
		iv = append(iv, [2]float64{p.x0, p.x1})
	}
	sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
	var out [][2]float64
	for _, v := range iv {
		if n := len(out); n > 0 && v[0] <= out[n-1][1]+2 {
			out[n-1][1] = math.Max(out[n-1][1], v[1])
			continue
		}
		out = append(out, v)
	}
	return out
}

// withinColumn: the piece lies mostly in one column of several, and
// crosses no other.
func withinColumn(p *piece, cols [][2]float64) bool {
	n, in := 0, 0.0
	for _, c := range cols {
		if ov := overlap(p.x0, p.x1, c[0], c[1]); ov > 0 {
			n++
			in = ov
		}
	}
	return len(cols) > 1 && n == 1 && in >= 0.6*p.width()
}

func column(p *piece, cols [][2]float64) int {
	for k, c := range cols {
		if overlap(p.x0, p.x1, c[0], c[1]) > 0 {
			return k
		}
	}
	return -1
}

// makeTable decides whether a region of lines is a table, and reads its
// cells: text in two or three columns reads as prose (its lines fill their
// column); a table's cells mostly do not, or hold numbers.
func (l *layout) makeTable(rs []*row, page int) *block {
	var all []*piece
	var lines [][]*piece
	multi := 0
	for _, r := range rs {
		ps := pieces(r, page)
		lines = append(lines, ps)
		if len(ps) >= 2 {
			multi++
		}
	}
	splitHeaderCells(lines)
	for _, ps := range lines {
		all = append(all, ps...)
	}
	cols := projection(all)
	if len(cols) < 2 || multi < 2 {
		return nil
	}
	full, numeric := 0, map[int]int{}
	cells := map[int]int{}
	for _, p := range all {
		k := column(p, cols)
		cells[k]++
		if p.width() >= 0.85*(cols[k][1]-cols[k][0]) {
			full++
		}
		if numericCellRe.MatchString(p.text) {
			numeric[k]++
		}
	}
	hasNumbers := false
	for k, n := range numeric {
		if k > 0 && n*2 >= cells[k] && n >= 2 {
			hasNumbers = true
		}
	}
	fill := float64(full) / float64(len(all))
	lower := 0
	for _, p := range all {
		if unicode.IsLower(firstRune(p.text)) {
			lower++
		}
	}
	// Rows set apart by more space than the lines of a cell: the gaps
	// between lines are of two sizes.
	gmin := math.Inf(1)
	for i := 1; i < len(rs); i++ {
		gmin = math.Min(gmin, rs[i].y0-rs[i-1].y1)
	}
	boundary := func(i int) bool {
		h := rs[i-1].y1 - rs[i-1].y0
		return rs[i].y0-rs[i-1].y1 > gmin+math.Max(2, 0.25*h)
	}
	spaced := 0
	for i := 1; i < len(rs); i++ {
		if boundary(i) {
			spaced++
		}
	}
	// Text in columns reads as prose: its lines flow on in lower case,
	// fill their column and hold words, where cells mostly do not.
	prose := float64(lower) > 0.25*float64(len(all)) || fill >= 0.5 && !hasNumbers
	if spaced < 2 && (prose || multi < 2) {
		return nil
	}
	// Logical rows: a new one starts after a gap between rows (where rows
	// are spaced) or at a line that starts a cell in the first column, on
	// a change from bold (a header) to regular, or with a number where the
	// row has a cell already: a cell's wrapped text does not go on with a
	// number.
	var table [][][]*piece
	var cur [][]*piece
	subRows, maxSub := 0, 0
	for i, ps := range lines {
		newRow := cur == nil
		switch {
		case i == 0:
		case spaced >= 2:
			newRow = newRow || boundary(i)
		default:
			first := column(ps[0], cols) == 0 && !unicode.IsLower(firstRune(ps[0].text))
			newRow = newRow || len(ps) >= 2 || first
		}
		if i > 0 && allBold(ps) != allBold(lines[i-1]) {
			newRow = true
		}
		for _, p := range ps {
			k := column(p, cols)
			if cur != nil && len(cur[k]) > 0 && numericCellRe.MatchString(p.text) && !wrappedEnd(cur[k], p.text) {
				newRow = true
			}
		}
		if newRow {
			if cur != nil {
				table = append(table, cur)
			}
			cur = make([][]*piece, len(cols))
			subRows = 0
		}
		subRows++
		maxSub = max(maxSub, subRows)
		for _, p := range ps {
			k := column(p, cols)
			cur[k] = append(cur[k], p)
		}
	}
	table = append(table, cur)
	if len(table) < 2 || maxSub > 8 {
		return nil
	}
	// Rows set apart by space must be rows of cells: two or more cells,
	// their text starting at one height (columns of prose, whose
	// paragraphs end where they may, do not line up so).
	for i, tr := range table {
		n, top, bottom := 0, math.Inf(1), math.Inf(-1)
		for _, c := range tr {
			if len(c) > 0 {
				n++
				top, bottom = math.Min(top, c[0].y0), math.Max(bottom, c[0].y0)
			}
		}
		if spaced >= 2 && (i > 0 && n < 2 || n >= 2 && bottom-top > 2) {
			return nil
		}
	}
	if spaced >= 2 && float64(lower) > 0.5*float64(len(all)) {
		return nil
	}
	b := &block{kind: tableBlock, page: page, x0: math.Inf(1), y0: math.Inf(1), x1: math.Inf(-1), y1: math.Inf(-1)}
	for _, p := range all {
		b.grow(p)
	}
	for _, tr := range table {
		var cellsText []string
		for _, c := range tr {
			cellsText = append(cellsText, joinLines(l, c))
		}
		b.cells = append(b.cells, cellsText)
	}
	if isContentsTable(b.cells) || isContactTable(b.cells) {
		b.kind = droppedBlock
	}
	return b
}

// wrappedEnd: a number that ends the text of the cell above, not a cell
// of its own: it closes a bracket the cell opened ("Q3 (October to
// December" over "2023)"), or it is a year under words ("April to June"
// over "2023").
func wrappedEnd(cell []*piece, text string) bool {
	above := cell[len(cell)-1].text
	t := strings.TrimSpace(text)
	if strings.Count(above, "(") > strings.Count(above, ")") && strings.HasSuffix(t, ")") {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(above))
	return unicode.IsLetter(last) && isYearText(strings.TrimRight(t, ".,;)"))
}

func isYearText(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && digitsOnly(s)
}

// splitHeaderCells cuts the header cells that a row of bold headings set
// close together glued into one piece ("Share of" and "With modifiable"
// over two right-aligned columns of numbers): such a piece spans two
// columns of the rows under it, and would merge their cells ("33.8% 9").
// Each run of the piece goes to the column of the body it overlaps.
func splitHeaderCells(lines [][]*piece) {
	var body []*piece
	head := 0
	for head < len(lines) && allBold(lines[head]) {
		head++
	}
	for _, ps := range lines[head:] {
		if len(ps) >= 2 {
			body = append(body, ps...)
		}
	}
	if head == 0 || len(body) < 4 {
		return
	}
	cols := projection(body)
	for i := range lines[:head] {
		var out []*piece
		for _, p := range lines[i] {
			out = append(out, splitByColumns(p, cols)...)
		}
		lines[i] = out
	}
}

// splitByColumns cuts a piece whose runs fall in different columns into
// one piece per column; a run that overlaps no column, or two, keeps the
// piece whole.
func splitByColumns(p *piece, cols [][2]float64) []*piece {
	if len(p.frags) < 2 {
		return []*piece{p}
	}
	var out []*piece
	var cur []*frag
	last := -1
	for _, f := range p.frags {
		k, n := -1, 0
		for j, c := range cols {
			if overlap(f.x0, f.x1, c[0], c[1]) > 0 {
				k, n = j, n+1
			}
		}
		if n != 1 {
			return []*piece{p}
		}
		if k != last && cur != nil {
			out = append(out, newPiece(cur, p.page))
			cur = nil
		}
		cur, last = append(cur, f), k
	}
	if len(out) == 0 {
		return []*piece{p}
	}
	return append(out, newPiece(cur, p.page))
}

func allBold(ps []*piece) bool {
	for _, p := range ps {
		if !p.bold {
			return false
		}
	}
	return len(ps) > 0
}

// isContactTable: a letterhead or a directory of addresses set as a table:
// a quarter or more of its cells below the first row hold an address,
// phone number or web address, and none holds a number of its own.
func isContactTable(cells [][]string) bool {
	n, contact := 0, 0
	for i, r := range cells {
		if i == 0 && len(cells) > 1 {
			continue
		}
		for _, c := range r {
			c = strings.TrimSpace(c)
			switch {
			case c == "":
			case numericCellRe.MatchString(c):
				return false
			case contactOnlyRe.MatchString(c):
				n++
				contact++
			default:
				n++
			}
		}
	}
	return n > 0 && contact*4 >= n
}

// isContentsTable: every row ends with a page number, in order.
func isContentsTable(cells [][]string) bool {
	last := -1
	for _, r := range cells {
		n, ok := edgeNumber(r[len(r)-1])
		if !ok || n < last || !digitsOnly(r[len(r)-1]) || len(r) < 2 || strings.TrimSpace(r[0]) == "" || digitsOnly(r[0]) {
			return false
		}
		last = n
	}
	return len(cells) >= 3
}
