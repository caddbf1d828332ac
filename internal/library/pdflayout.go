package library

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// layout is what the whole document says about each page: the body text's
// font, its usual gap between lines, the words it uses (to tell a word
// broken at a line's end from a hyphenated one), and its bookmarks.
type layout struct {
	pages    []*pdfPage
	printed  []int // the number printed on each page; 0 where none
	body     fontKey
	bodyH    float64          // the height of a body line's box
	lineGap  float64          // the usual gap between two lines of a paragraph
	vocab    map[string]int   // how often each word occurs
	outline  map[int][]string // page → normalised bookmark titles
	titleIdx int              // index of the title page in pages, or -1
	// first is the index of the first page with text; the document's
	// title is rows titleFrom to titleTo of it (-1 where none stands out).
	first, titleFrom, titleTo int
	rows                      [][]*row // each page's rows
	running                   []string // the running headers and footers taken off
}

// pageText is one page made into blocks in reading order, and its notes.
type pageText struct {
	index  int // PDF page index
	cite   int // the page a reader cites: printed number, else index
	blocks []*block
	notes  []string // footnote definitions, "[^1]: text"
	title  bool     // the title page: only its paragraphs of sentences are kept
}

// analyse turns pages of runs into pages of blocks.
func analyse(pages []*pdfPage, outline []outlineItem) (*layout, []*pageText) {
	l := &layout{pages: pages, vocab: map[string]int{}, outline: map[int][]string{}, titleIdx: -1}
	l.printed, l.running = pageFurniture(pages)
	for _, o := range outline {
		l.outline[o.page] = append(l.outline[o.page], normHeading(o.title))
	}
	pageRows := make([][]*row, len(pages))
	var all []*piece
	for i, p := range pages {
		pageRows[i] = rows(p.frags)
		for _, r := range pageRows[i] {
			markSuperscripts(r)
			for _, f := range r.frags {
				for _, w := range strings.Fields(strings.ToLower(f.text)) {
					l.vocab[strings.Trim(w, `.,;:!?()[]"'“”‘’`)]++
				}
			}
			all = append(all, pieces(r, p.index)...)
		}
	}
	l.bodyFont(all)
	l.titleIdx = l.titlePage(pageRows)
	l.findTitle(pageRows)
	l.rows = pageRows
	var out []*pageText
	for i, p := range pages {
		pt := &pageText{index: p.index, cite: p.index}
		if l.printed[i] > 0 {
			pt.cite = l.printed[i]
		}
		out = append(out, pt)
		pt.title = i == l.titleIdx
		rs := pageRows[i]
		if i == l.first && l.titleFrom > 0 {
			// What comes before the title on the first page is a letterhead,
			// a masthead, a date and addressees: not evidence, unless
			// there is too much of it to be that.
			words := 0
			for _, r := range rs[:l.titleFrom] {
				words += len(strings.Fields(r.text()))
			}
			if words <= 120 {
				rs = rs[l.titleFrom:]
			}
		}
		rs = dropContents(rs)
		rs, pt.notes = l.footnotes(rs)
		var ps []*piece
		var tables []*block
		rs, tables = l.tables(rs, p.index)
		for _, r := range rs {
			ps = append(ps, pieces(r, p.index)...)
		}
		pt.blocks = l.order(append(l.chain(ps), tables...))
	}
	return l, out
}

// bodyFont is the font that sets the most characters; the gap between lines
// is the commonest gap between two lines of it, one above the other.
func (l *layout) bodyFont(all []*piece) {
	chars := map[fontKey]int{}
	for _, p := range all {
		chars[fontKey{p.size, p.family, p.bold, p.italic}] += len(p.text)
	}
	best := 0
	for k, n := range chars {
		if n > best || n == best && k.size < l.body.size {
			best, l.body = n, k
		}
	}
	if l.body.size == 0 {
		l.body.size = 10
	}
	var hs []float64
	gaps := map[float64]int{}
	sorted := slices.Clone(all)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].page != sorted[j].page {
			return sorted[i].page < sorted[j].page
		}
		return sorted[i].y0 < sorted[j].y0
	})
	last := map[float64]*piece{} // by left edge
	for _, p := range sorted {
		if !l.isBody(p) {
			continue
		}
		hs = append(hs, p.h())
		x := math.Round(p.x0)
		if q := last[x]; q != nil && q.page == p.page {
			if g := p.y0 - q.y1; g > -0.3*p.h() && g < 1.5*p.h() {
				gaps[math.Round(g*2)/2]++
			}
		}
		last[x] = p
	}
	l.bodyH = median(hs)
	if l.bodyH == 0 {
		l.bodyH = 1.2 * l.body.size
	}
	n := 0
	for g, c := range gaps {
		if c > n || c == n && g < l.lineGap {
			n, l.lineGap = c, g
		}
	}
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// isBody: set in the body text's size and family.
func (l *layout) isBody(p *piece) bool {
	return math.Abs(p.size-l.body.size) <= 0.06*l.body.size && p.family == l.body.family && !p.bold
}

// titlePage is the first page with text when it reads as a title page: few
// words, and text far larger than the body's. Nothing on it is evidence.
func (l *layout) titlePage(pageRows [][]*row) int {
	for i, p := range l.pages {
		if len(p.frags) == 0 {
			continue
		}
		if i > 1 {
			return -1
		}
		if textWords(p.frags) <= 120 && maxSize(p.frags) >= 1.4*l.body.size {
			return i
		}
		return -1
	}
	return -1
}

var (
	leaderRe       = regexp.MustCompile(`(?:\.\s?){4,}\s*[\divxlc]{1,5}$|…{2,}\s*\d{1,4}$|(?:\.\s?){4,}$`)
	contentsHeadRe = regexp.MustCompile(`(?i)^(?:table of )?contents(?: page)?$`)
	endsNumberRe   = regexp.MustCompile(`\s\d{1,4}$`)
)

// dropContents removes a contents list: lines with dot leaders, and after a
// "Contents" heading the lines that end with a page number (with the line
// before, where an entry wrapped).
func dropContents(rs []*row) []*row {
	out := rs[:0:0]
	inContents := false
	var held *row
	for _, r := range rs {
		t := r.text()
		switch {
		case leaderRe.MatchString(t):
			held = nil
			continue
		case contentsHeadRe.MatchString(t):
			// The heading stays, a heading with nothing under it.
			inContents, held = true, nil
			out = append(out, r)
			continue
		case inContents && endsNumberRe.MatchString(t):
			held = nil
			continue
		case inContents && held == nil && len(t) < 120:
			held = r
			continue
		}
		if held != nil {
			out = append(out, held)
			held = nil
		}
		inContents = false
		out = append(out, r)
	}
	if held != nil {
		out = append(out, held)
	}
	return out
}

// noteStartRe matches a footnote's number: "1 Source", "1. Source", "[^1]
// Source", and "1Source" where the number is set tight against the text.
var noteStartRe = regexp.MustCompile(`^(?:\[\^)?(\d{1,3}|[*†‡])(?:\])?(?:[.)]?(?:\s+|$)|[.)]?\p{Lu}\p{Ll}|[.)]?["“‘'(])`)

// noteStart returns a footnote's number and where its text starts.
func noteStart(t string) (string, int, bool) {
	m := noteStartRe.FindStringSubmatchIndex(t)
	if m == nil {
		return "", 0, false
	}
	end := m[1]
	// Give back the letters or quote that begin the text.
	for end > m[3] {
		r, size := utf8.DecodeLastRuneInString(t[:end])
		if r == ' ' || r == '.' || r == ')' || r == ']' {
			break
		}
		end -= size
	}
	return t[m[2]:m[3]], end, true
}

// footnotes takes the notes off the foot of a page: the lowest lines, all
// smaller than the body text, the first starting with a number.
func (l *layout) footnotes(rs []*row) ([]*row, []string) {
	small := func(r *row) bool {
		for _, f := range r.frags {
			if f.size > 0.9*l.body.size {
				return false
			}
		}
		return len(pieces(r, 0)) <= 2
	}
	start := len(rs)
	for start > 0 && small(rs[start-1]) {
		start--
	}
	first := -1
	for k := start; k < len(rs); k++ {
		if _, _, ok := noteStart(rs[k].text()); ok {
			first = k
			break
		}
	}
	if first < 0 {
		return rs, nil
	}
	// A footnote stands clear of the text above it, or its number is
	// used as a marker in the text.
	markers := ""
	for _, r := range rs[:first] {
		for _, p := range pieces(r, 0) {
			markers += p.text
		}
	}
	n, _, _ := noteStart(rs[first].text())
	gapAbove := first == 0 || rs[first].y0-rs[first-1].y1 > 0.8*l.bodyH
	if !strings.Contains(markers, "[^"+n+"]") && !gapAbove {
		return rs, nil
	}
	var notes []string
	var cur []*piece
	markerX := rs[first].frags[0].x0
	flush := func() {
		if len(cur) == 0 {
			return
		}
		t := joinLines(l, cur)
		if n, at, ok := noteStart(t); ok {
			notes = append(notes, "[^"+n+"]: "+strings.TrimSpace(t[at:]))
		}
		cur = nil
	}
	for _, r := range rs[first:] {
		t := r.text()
		if _, _, ok := noteStart(t); ok && math.Abs(r.frags[0].x0-markerX) < 3 {
			flush()
		}
		p := newPiece(r.frags, 0)
		p.text = t
		cur = append(cur, p)
	}
	flush()
	return rs[:first], notes
}

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
		all = append(all, ps...)
		if len(ps) >= 2 {
			multi++
		}
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
			if cur != nil && len(cur[k]) > 0 && numericCellRe.MatchString(p.text) {
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
