package library

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Cells spanning rows. A table cell merged over rows and centred in them
// (LibreOffice's "North" beside two or four years' rows) is set on a line
// of its own, half way between two rows of cells, and poppler gives it a
// row of its own. Left so, it overlaps the rows beside it, which were read
// as one row of three lines, and the table was not a table: its rows were
// left as lines of bare numbers and lost. Its text goes into every row it
// spans (carriedDown), as a web page's rowspan is written.

// spanLabels moves each such centred cell into every row it spans and
// takes its own line off.
func (l *layout) spanLabels(rs []*row, page int) []*row {
	used := -1 // rows up to this one belong to a cell already placed
	var drop []int
	for k := 1; k+1 < len(rs); k++ {
		ps := pieces(rs[k], page)
		if len(ps) != 1 || len(strings.Fields(ps[0].text)) > 6 {
			continue
		}
		label := ps[0]
		beside := func(j int) bool {
			return j > used && j >= 0 && j < len(rs) && !slices.Contains(drop, j) && l.besideSpan(rs[j], label, page)
		}
		n := l.spreadSpan(rs, k, label, beside, page)
		if n == 0 {
			continue
		}
		drop = append(drop, k)
		used = k + n
	}
	return l.spanFigures(without(rs, drop), page)
}

// spreadSpan writes cell, set on row k's own line, into the rows it spans
// when it stands half way between the rows beside it: as many rows above
// its middle as below, each one that fits, running on both ways while the
// rows stay close (to a header, a cell of the first column, or the rows
// of the cell before). It returns how many rows it spans each way, 0 when
// it is centred between none.
func (l *layout) spreadSpan(rs []*row, k int, cell *piece, fits func(j int) bool, page int) int {
	if !fits(k-1) || !fits(k+1) {
		return 0
	}
	c := (cell.y0 + cell.y1) / 2
	ca, cb := (rs[k-1].y0+rs[k-1].y1)/2, (rs[k+1].y0+rs[k+1].y1)/2
	if !(ca < c && c < cb) || math.Abs(c-(ca+cb)/2) > 0.2*cell.h() || cb-ca > 3*cell.h() {
		return 0
	}
	up := 0
	for j := k - 1; fits(j) && (j == k-1 || l.closeBelow(rs[j], rs[j+1], 2.5)); j-- {
		up++
	}
	down := 0
	for j := k + 1; fits(j) && (j == k+1 || l.closeBelow(rs[j-1], rs[j], 2.5)); j++ {
		down++
	}
	n := min(up, down)
	for j := k - n; j <= k+n; j++ {
		if j != k {
			placeSpanned(rs[j], cell, j > k-n, page)
		}
	}
	return n
}

// without is rs without the rows drop.
func without(rs []*row, drop []int) []*row {
	if len(drop) == 0 {
		return rs
	}
	var out []*row
	for k, r := range rs {
		if !slices.Contains(drop, k) {
			out = append(out, r)
		}
	}
	return out
}

// placeSpanned writes cell p, which spans rows, into row r, one of them:
// its own text in the first, and carriedDown's in each row under it, so
// a figure is in one row and marked rowSpanMark in the others. Written in
// every row, a figure merged over 2023 and 2024 was two statistics, each
// claiming one year; in the first only, it took the first row's year.
func placeSpanned(r *row, p *piece, under bool, page int) {
	moved := *p
	moved.y0, moved.y1 = r.y0, r.y1
	if under {
		if moved.text = carriedDown(p.text); moved.text == rowSpanMark {
			f := *p.frags[0]
			f.x1, f.text, f.sup = p.x1, rowSpanMark, false
			moved.frags = []*frag{&f}
		}
	}
	for _, f := range moved.frags {
		f2 := *f
		f2.y0, f2.y1 = r.y0, r.y1
		r.frags = append(r.frags, &f2)
	}
	slices.SortStableFunc(r.frags, func(a, b *frag) int { return cmp.Compare(a.x0, b.x0) })
	ps := append(slices.Clone(pieces(r, page)), &moved)
	slices.SortStableFunc(ps, func(a, b *piece) int { return cmp.Compare(a.x0, b.x0) })
	r.cut = ps
}

// spanFigures moves each figure merged over rows and centred in them, as
// LibreOffice sets "27,215" merged over the North's 2023 and 2024 rows,
// into the first row it spans, and marks the rows under it rowSpanMark.
// Set on a line of its own half way between two rows, in a column those
// rows leave empty, the figure was not read as a cell of either: the
// table broke in two at it, and the figure was lost. Merged over an odd
// number of rows, it stands on the middle row's line (spanMiddle).
func (l *layout) spanFigures(rs []*row, page int) []*row {
	used := -1
	var drop []int
	for k := 1; k+1 < len(rs); k++ {
		ps := pieces(rs[k], page)
		if len(ps) != 1 {
			if n, fig := l.spanMiddle(rs, k, used, page); n > 0 {
				for j := k - n; j <= k+n; j++ {
					if j == k {
						markSpanned(rs[j], fig, page)
					} else {
						placeSpanned(rs[j], fig, j > k-n, page)
					}
				}
				used = k + n
			}
			continue
		}
		if carriedDown(ps[0].text) != rowSpanMark || len(ps[0].frags) == 0 {
			continue
		}
		fig := ps[0]
		free := func(j int) bool {
			return j > used && j >= 0 && j < len(rs) && !slices.Contains(drop, j) && l.leavesColumn(rs[j], fig, page)
		}
		n := l.spreadSpan(rs, k, fig, free, page)
		if n == 0 {
			continue
		}
		drop = append(drop, k)
		used = k + n
	}
	return without(rs, drop)
}

// spanMiddle finds a figure of row k merged over it and as many rows above
// as below, the rows it spans: "38,640" merged over the North's 2022, 2023
// and 2024 stands on the 2023 row's line, and was read as 2023's. The rows
// around must each hold every cell of row k but that figure's, which they
// leave empty: a table that leaves values out here and there (a blank for
// a value withheld) is not read so. It gives how many rows above (and
// below) the figure spans, and the figure; 0 when none.
func (l *layout) spanMiddle(rs []*row, k, used, page int) (int, *piece) {
	ps := pieces(rs[k], page)
	if len(ps) < 3 || allBold(ps) {
		return 0, nil
	}
	for _, fig := range ps[1:] {
		if carriedDown(fig.text) != rowSpanMark || len(fig.frags) == 0 {
			continue
		}
		free := func(j int) bool {
			return j > used && j >= 0 && j < len(rs) && len(pieces(rs[j], page)) == len(ps)-1 && l.leavesColumn(rs[j], fig, page)
		}
		up := 0
		for j := k - 1; free(j) && l.closeBelow(rs[j], rs[j+1], 2.5); j-- {
			up++
		}
		down := 0
		for j := k + 1; free(j) && l.closeBelow(rs[j-1], rs[j], 2.5); j++ {
			down++
		}
		if n := min(up, down); n > 0 {
			return n, fig
		}
	}
	return 0, nil
}

// markSpanned takes cell p, a figure spanning rows, out of row r and
// writes rowSpanMark where it stood.
func markSpanned(r *row, p *piece, page int) {
	r.frags = slices.DeleteFunc(r.frags, func(f *frag) bool { return slices.Contains(p.frags, f) })
	r.cut = slices.DeleteFunc(slices.Clone(pieces(r, page)), func(q *piece) bool { return q == p })
	placeSpanned(r, p, true, page)
}

// leavesColumn: r is a row of two cells or more, not bold (a header),
// with a cell left of fig and none over fig's width: the column fig is in
// is empty in it.
func (l *layout) leavesColumn(r *row, fig *piece, page int) bool {
	ps := pieces(r, page)
	if len(ps) < 2 || allBold(ps) || ps[0].x1 > fig.x0 {
		return false
	}
	for _, p := range ps {
		if p.x0 < fig.x1+2 && p.x1 > fig.x0-2 || math.Abs(p.size-fig.size) > 0.1*fig.size {
			return false
		}
	}
	return true
}

// besideSpan: r is a row of two cells or more, not bold (a header), that
// leaves the column of the cell label spans empty: every cell of it starts
// right of the label.
func (l *layout) besideSpan(r *row, label *piece, page int) bool {
	ps := pieces(r, page)
	if len(ps) < 2 || allBold(ps) {
		return false
	}
	return ps[0].x0 > label.x1+2 && math.Abs(ps[0].size-label.size) <= 0.1*label.size
}
