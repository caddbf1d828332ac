package library

import (
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
		if !beside(k-1) || !beside(k+1) {
			continue
		}
		above, below := rs[k-1], rs[k+1]
		c := (label.y0 + label.y1) / 2
		ca, cb := (above.y0+above.y1)/2, (below.y0+below.y1)/2
		if !(ca < c && c < cb) || math.Abs(c-(ca+cb)/2) > 0.2*label.h() || cb-ca > 3*label.h() {
			continue
		}
		// As many rows above its middle as below: the rows beside it run
		// on both ways to a header, a cell of the first column, or the
		// rows of the cell before.
		up := 0
		for j := k - 1; beside(j) && (j == k-1 || l.closeBelow(rs[j], rs[j+1], 2.5)); j-- {
			up++
		}
		down := 0
		for j := k + 1; beside(j) && (j == k+1 || l.closeBelow(rs[j-1], rs[j], 2.5)); j++ {
			down++
		}
		n := min(up, down)
		for j := k - n; j <= k+n; j++ {
			if j == k || j > k-n && carriedDown(label.text) == rowSpanMark {
				continue
			}
			r := rs[j]
			moved := *label
			moved.y0, moved.y1 = r.y0, r.y1
			r.cut = append([]*piece{&moved}, pieces(r, page)...)
			r.frags = append(slices.Clone(label.frags), r.frags...)
		}
		drop = append(drop, k)
		used = k + n
	}
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
