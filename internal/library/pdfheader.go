package library

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A table's header set over two or more rows of cells, the upper ones
// merged over several columns ("Children seen within 18 weeks (%)" over
// "2023/24" and "2024/25"), is read as a tree: each column's header is
// the text of every cell over it, top to bottom, as a web page's two
// header rows are read. Taken line by line, a merged cell's words went to
// whichever column they happened to stand over: its first column's
// header held them all and the next only its year (a percentage read as a
// count), or, wrapped onto two lines, each column held a part of it.

// headCell is one cell of a table's header: its lines, and the line of
// the header it starts on.
type headCell struct {
	ps     []*piece
	top    int
	last   int
	x0, x1 float64
}

func (c *headCell) add(p *piece, line int) {
	c.ps = append(c.ps, p)
	c.last = line
	c.x0, c.x1 = math.Min(c.x0, p.x0), math.Max(c.x1, p.x1)
}

// over: c stands above d in the header, across it.
func (c *headCell) over(d *headCell) bool {
	return c.top < d.top && overlap(c.x0, c.x1, d.x0, d.x1) > 0
}

// stackedHeader is the header of the table whose lines are lines (rows
// rs), one text a column of the rows under it, and how many of its lines
// it takes, when its header has a cell merged over two or more columns
// with a row of cells under it; nil otherwise, and the header is read
// with the rows, as a table's first row.
func (l *layout) stackedHeader(rs []*row, lines [][]*piece, page int) ([]string, int) {
	// The header's lines are read as poppler set them: cut at the
	// columns of the rows under them, a merged cell's words ("18" of "18
	// weeks") stood as cells of their own.
	var uncut [][]*piece
	for _, r := range rs {
		ps := headerPieces(r, page)
		if slices.ContainsFunc(ps, isFigureCell) {
			break
		}
		uncut = append(uncut, ps)
	}
	n := len(uncut)
	if n < 2 || n == len(lines) {
		return nil, 0
	}
	var body []*piece
	for _, ps := range lines[n:] {
		body = append(body, unglued(ps, page)...)
	}
	cols := projection(body)
	if len(cols) < 2 {
		return nil, 0
	}
	// Runs poppler joined across the columns' rooms are cut apart, and a
	// label alone in the first column under the header is a row's
	// (pdftable_header_slots.go).
	for i := range uncut {
		uncut[i] = cutAtColumnSlots(uncut[i], cols, page)
	}
	for i := 1; i < n; i++ {
		if groupRowUnderHeader(uncut[:i], uncut[i], uncut[i+1:], cols) {
			n = i
			break
		}
	}
	if n < 2 {
		return nil, 0
	}
	var cells []*headCell
	for i := range n {
		ps := uncut[i]
		for _, p := range ps {
			if c := wrappedInto(cells, p, ps, rs, i); c != nil {
				c.add(p, i)
				continue
			}
			cells = append(cells, &headCell{ps: []*piece{p}, top: i, last: i, x0: p.x0, x1: p.x1})
		}
	}
	cells = cutJoinedHeads(cells, page)
	// The cells with none under them head the columns, one each, in
	// order, each over its own column (between the columns either side).
	var leaves []*headCell
	for _, c := range cells {
		if !slices.ContainsFunc(cells, c.over) {
			leaves = append(leaves, c)
		}
	}
	sort.SliceStable(leaves, func(a, b int) bool { return leaves[a].x0 < leaves[b].x0 })
	// A short merged cell centred over its columns may cross none of the
	// cells under it: it heads them all the same, and no column alone.
	covers := centredOver(cells, leaves)
	var heads []*headCell
	for _, c := range leaves {
		if !slices.ContainsFunc(leaves, func(d *headCell) bool { return covers(c, d) }) {
			heads = append(heads, c)
		}
	}
	leaves = heads
	if len(leaves) == len(cols)-1 && !slices.ContainsFunc(cells, func(c *headCell) bool { return c.x0 <= cols[0][1] }) {
		// The corner over the rows' labels is empty.
		leaves = append([]*headCell{{top: n, x0: cols[0][0], x1: cols[0][1]}}, leaves...)
	}
	if len(leaves) != len(cols) {
		return nil, 0
	}
	for k, c := range leaves {
		mid := (c.x0 + c.x1) / 2
		if k > 0 && mid <= cols[k-1][1] || k+1 < len(cols) && mid >= cols[k+1][0] {
			return nil, 0
		}
	}
	merged := false
	for _, c := range cells {
		under := 0
		for _, d := range leaves {
			if covers(c, d) {
				under++
			}
		}
		merged = merged || under >= 2
	}
	if !merged {
		return nil, 0
	}
	sort.SliceStable(cells, func(a, b int) bool { return cells[a].top < cells[b].top })
	head := make([]string, len(cols))
	for k, leaf := range leaves {
		var parts []string
		for _, c := range cells {
			if len(c.ps) > 0 && (c == leaf || covers(c, leaf)) {
				parts = append(parts, joinLines(l, c.ps))
			}
		}
		head[k] = strings.Join(parts, " ")
	}
	return head, n
}

// isFigureCell: a cell that holds a figure, not a year heading a column.
func isFigureCell(p *piece) bool {
	t := strings.TrimSpace(p.text)
	return numericCellRe.MatchString(t) && !yearCellRe.MatchString(t)
}

// headerPieces are a header line's cells as poppler set them, before any
// cut at the columns of the rows under them (which cut a merged cell's
// words apart), and cut where a gap between runs is wider than a space
// (two cells set close, "2023/24 2024/25").
func headerPieces(r *row, page int) []*piece {
	var out []*piece
	for _, p := range cutRow(r, page) {
		if ws := periodWords(p, page); ws != nil {
			out = append(out, ws...)
			continue
		}
		var cur []*frag
		for i, f := range p.frags {
			if i > 0 && !f.sup && f.x0-p.frags[i-1].x1 > 0.6*math.Max(f.size, p.frags[i-1].size) {
				out = append(out, newPiece(cur, page))
				cur = nil
			}
			cur = append(cur, f)
		}
		out = append(out, newPiece(cur, page))
	}
	return out
}

// wrappedInto is the cell whose text p's line goes on with, or nil: a
// cell whose last line is the line before, set as close above as a
// paragraph's lines are, in p's size and weight, aligned with p (centred,
// or at its left or right), and over no other cell of p's line.
func wrappedInto(cells []*headCell, p *piece, line []*piece, rs []*row, i int) *headCell {
	if i == 0 {
		return nil
	}
	for _, c := range cells {
		q := c.ps[len(c.ps)-1]
		if c.last != i-1 || q.bold != p.bold || math.Abs(q.size-p.size) > 0.05*p.size || rs[i].y0-rs[i-1].y0 > 1.3*p.size {
			continue
		}
		aligned := math.Abs((q.x0+q.x1)/2-(p.x0+p.x1)/2) <= 3 || math.Abs(q.x0-p.x0) <= 2 || math.Abs(q.x1-p.x1) <= 2
		if !aligned {
			continue
		}
		others := slices.ContainsFunc(line, func(o *piece) bool { return o != p && overlap(o.x0, o.x1, c.x0, c.x1) > 0 })
		if !others {
			return c
		}
	}
	return nil
}

// headPeriodRe is a header cell's year or period: "2023", "2023/24",
// "2023-24", a footnote marker after it aside.
var headPeriodRe = lazyre.New(`^(?:19|20)\d\d(?:[/–-]\d{2}(?:\d{2})?)?(?:\[\^[^\]]*\])*$`)

// periodWords cuts a header run of two or more years ("2021/22 2022/23",
// poppler's one run of two cells set close) into one piece a year, its
// letters taken as evenly spaced; nil for any other run. Two years are
// never one column's header.
func periodWords(p *piece, page int) []*piece {
	words := strings.Fields(p.text)
	if len(words) < 2 || slices.ContainsFunc(words, func(w string) bool { return !headPeriodRe.MatchString(w) }) {
		return nil
	}
	var out []*piece
	for _, f := range p.frags {
		if f.sup && len(out) > 0 {
			out[len(out)-1] = newPiece(append(slices.Clone(out[len(out)-1].frags), f), page)
			continue
		}
		rs := []rune(f.text)
		w := (f.x1 - f.x0) / float64(max(1, len(rs)))
		start := -1
		for i := 0; i <= len(rs); i++ {
			if i < len(rs) && rs[i] != ' ' {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				g := *f
				g.text, g.x0, g.x1 = string(rs[start:i]), f.x0+w*float64(start), f.x0+w*float64(i)
				out = append(out, newPiece([]*frag{&g}, page))
				start = -1
			}
		}
	}
	return out
}

// cutJoinedHeads cuts a header cell that runs, on one line, over four or
// more of the cells under it, set left as they are, where a word of it
// starts at one of theirs, leaving two or more under each part: the
// words of two merged cells side by side, set left, which poppler joins
// into one run ("Seen within 18 weeks (%) Children waiting" over four
// years). One merged cell is cut only where a word happens to start over
// a cell's start, with two or more cells under each part.
func cutJoinedHeads(cells []*headCell, page int) []*headCell {
	var out []*headCell
	for _, c := range cells {
		var under []*headCell
		for _, d := range cells {
			if c.over(d) && !slices.ContainsFunc(cells, d.over) {
				under = append(under, d)
			}
		}
		sort.Slice(under, func(a, b int) bool { return under[a].x0 < under[b].x0 })
		if len(under) < 4 || math.Abs(c.x0-under[0].x0) > 2 {
			out = append(out, c)
			continue
		}
		var parts []*headCell
		for m := 2; m+2 <= len(under) && parts == nil; m++ {
			parts = cutHeadAt(c, under[m].x0, page)
		}
		if parts == nil {
			parts = []*headCell{c}
		}
		out = append(out, parts...)
	}
	return out
}

// cutHeadAt cuts c's lines where a word starts at x: its first line must
// have such a word, and the lines under it that run across x are cut
// there too; a line on one side goes to that side's part. Nil where the
// first line has no word starting at x.
func cutHeadAt(c *headCell, x float64, page int) []*headCell {
	at := func(p *piece) (*piece, *piece) {
		e, ok := alignedGap(p, [2]float64{math.Inf(-1), math.Inf(-1)}, [2]float64{x, x})
		if !ok {
			return nil, nil
		}
		a, b := cutAt(p, e, page)
		if a == nil || math.Abs(b.x0-x) > 0.5*b.size {
			return nil, nil
		}
		return a, b
	}
	left := &headCell{top: c.top, x0: math.Inf(1), x1: math.Inf(-1)}
	right := &headCell{top: c.top, x0: math.Inf(1), x1: math.Inf(-1)}
	for i, p := range c.ps {
		line := c.top + i
		if i == 0 && (p.x1 <= x+2 || p.x0 >= x-2) {
			return nil
		}
		switch {
		case p.x1 <= x+2:
			left.add(p, line)
		case p.x0 >= x-2:
			right.add(p, line)
		default:
			a, b := at(p)
			if a == nil {
				return nil
			}
			left.add(a, line)
			right.add(b, line)
		}
	}
	return []*headCell{left, right}
}

// mergedHeadAbove is how many lines right above the table's first line
// (rs[i], the table rs[i:j] with columns cols) are the top of its
// header: a cell merged over its columns with no cell beside it over the
// first column (its corner left empty), so its line or lines have one
// run each and the table was taken to start under them. They are taken
// when they stand close above, right of the first column, and read with
// the table's lines as a header with a merged cell (stackedHeader). The
// corner's own label merged over the header's rows ("Measure" beside
// "Waiting time (weeks)" and the years under it) stands between them, on
// a line of its own within the first column (a web page's rowspan, as
// LibreOffice sets it): it is taken with a merged cell's line above it.
func (l *layout) mergedHeadAbove(rs, out []*row, i, j int, cols [][2]float64, page int) int {
	if len(cols) < 3 {
		return 0
	}
	k := 0
	corner := false // the line last taken is the corner's label alone
	for k < 3 && k < len(out) && i-k-1 >= 0 && out[len(out)-k-1] == rs[i-k-1] {
		r := rs[i-k-1]
		ps := pieces(r, page)
		// A merged cell centred over wide cells (a web page's th over
		// figures set left in their cells) may reach past the rows' last
		// text: its middle stands over them.
		last := cols[len(cols)-1][1]
		if len(ps) != 1 || ps[0].x1 > last+2 && (ps[0].x0+ps[0].x1)/2 > last || rs[i-k].y0-r.y1 > 0.5*l.bodyH {
			break
		}
		first := ps[0].x0 <= cols[0][1]
		if first && (corner || ps[0].x1 > cols[0][1]+2) {
			break
		}
		corner = first
		k++
	}
	if corner {
		k-- // a corner's label with no merged cell's line above it
	}
	for ; k > 0; k-- {
		var lines [][]*piece
		for _, r := range rs[i-k : j] {
			lines = append(lines, pieces(r, page))
		}
		if head, n := l.stackedHeader(rs[i-k:j], lines, page); head != nil && n > k {
			return k
		}
	}
	return 0
}

// unglued cuts a piece of a table's row that holds a figure and, a wide
// gap after it, more text: a decimal ("23.4") read as a numbered list's
// marker kept the next cell's figure with it ("23.4 22.1").
func unglued(ps []*piece, page int) []*piece {
	return cutPieces(ps, page, newPiece, func(run []*frag, b *frag) bool {
		a := run[len(run)-1]
		return b.x0-a.x1 > 1.2*math.Max(a.size, b.size) && isFigureCell(newPiece(run, page))
	})
}

// centredOver says whether cell c stands over leaf d: across it, or,
// for a short merged cell centred over its columns ("2023/24" over
// "Number" and "%"), which reaches across one of them or none, over the
// run of cells under it, none with another cell over it, whose outer
// cells' middles are as far either side of its own. Read by what it
// crosses, "2023/24" headed "Number" alone, and "%" had no year.
func centredOver(cells, leaves []*headCell) func(c, d *headCell) bool {
	extra := map[*headCell]map[*headCell]bool{}
	mid := func(c *headCell) float64 { return (c.x0 + c.x1) / 2 }
	for _, c := range cells {
		var free []*headCell // the leaves under c's row no other cell is over
		crossed := 0
		for _, d := range leaves {
			if d.top <= c.top {
				continue
			}
			if c.over(d) {
				crossed++
			}
			if !slices.ContainsFunc(cells, func(o *headCell) bool { return o != c && o.over(d) }) {
				free = append(free, d)
			}
		}
		if crossed > 1 || len(free) < 2 {
			continue
		}
		best := -1
		for i := 0; i+1 < len(free); i++ {
			for j := i + 1; j < len(free); j++ {
				run := free[i : j+1]
				if crossed == 1 && !slices.ContainsFunc(run, c.over) {
					continue
				}
				if math.Abs((mid(free[i])+mid(free[j]))/2-mid(c)) <= 3 && (best < 0 || j-i < best) {
					best = j - i
					extra[c] = map[*headCell]bool{}
					for _, d := range run {
						extra[c][d] = true
					}
				}
			}
		}
	}
	return func(c, d *headCell) bool { return c.over(d) || extra[c][d] }
}
