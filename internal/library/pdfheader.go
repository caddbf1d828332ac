package library

import (
	"math"
	"slices"
	"sort"
	"strings"
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
// with the rows as before.
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
		body = append(body, ps...)
	}
	cols := projection(body)
	if len(cols) < 2 {
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
	// The cells with none under them head the columns, one each, in
	// order, each over its own column (between the columns either side).
	var leaves []*headCell
	for _, c := range cells {
		if !slices.ContainsFunc(cells, c.over) {
			leaves = append(leaves, c)
		}
	}
	if len(leaves) != len(cols) {
		return nil, 0
	}
	sort.SliceStable(leaves, func(a, b int) bool { return leaves[a].x0 < leaves[b].x0 })
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
			if c.over(d) {
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
			if c == leaf || c.over(leaf) {
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
