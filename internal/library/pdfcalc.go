package library

import (
	"math"
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A spreadsheet's table, as LibreOffice Calc (or Writer, numbers
// recognised) prints it: each header cell set left in its column, each
// figure set right, so that a figure ends just short of where the next
// column's header starts, well right of its own header's left edge.
// Projected, a figure's extent overlaps no header's, or the next one's,
// and poppler joins two figures set close across a column's edge into one
// run ("69.8 +1.6"): the columns seen were wrong, header cells wrapped over
// two lines were read as headings, and figures took the unit of the
// column beside theirs, or none. The header's left edges are the
// columns' edges.

// rightAlignedColumns reads lines (a table's header lines first, then its
// rows) as such a table: lines cut at the header's left edges, and the
// columns between those edges. ok is false unless the header is text only,
// has three left edges or more, and every figure of the rows is set right
// to an edge (ending within a few points short of the next column's) or
// left at one, with figures set right in two columns at least.
func rightAlignedColumns(lines [][]*piece, page int) (cut [][]*piece, cols [][2]float64, ok bool) {
	nh := 0
	for nh < len(lines) && !slices.ContainsFunc(lines[nh], func(p *piece) bool { return numericCellRe.MatchString(p.text) }) {
		nh++
	}
	if nh == 0 || nh > 4 || len(lines)-nh < 2 {
		return nil, nil, false
	}
	var edges []float64
	for _, ps := range lines[:nh] {
		for _, p := range ps {
			edges = append(edges, p.x0)
		}
	}
	slices.Sort(edges)
	edges = slices.CompactFunc(edges, func(a, b float64) bool { return math.Abs(a-b) < 2 })
	if len(edges) < 3 {
		return nil, nil, false
	}
	right := 0.0
	for _, ps := range lines {
		for _, p := range ps {
			right = math.Max(right, p.x1)
		}
	}
	cols = make([][2]float64, len(edges))
	for k, e := range edges {
		end := right
		if k+1 < len(edges) {
			end = edges[k+1] - 3
		}
		cols[k] = [2]float64{e, end}
	}
	cut = make([][]*piece, len(lines))
	setRight := map[int]bool{}
	for i, ps := range lines {
		cut[i] = splitAtEdges(ps, cols, page)
		if i < nh {
			continue
		}
		cut[i] = splitFigures(cut[i], edges, page)
		for _, p := range cut[i] {
			if !numericCellRe.MatchString(p.text) {
				continue
			}
			k := slices.IndexFunc(edges, func(e float64) bool { return e >= p.x1-0.5 })
			switch {
			case k == 0:
				return nil, nil, false // a figure left of the first column
			case k < 0:
				// The last column's figures end wherever its right edge is.
			case p.x0 < edges[k-1]-2:
				return nil, nil, false // across a column's edge
			case p.x1 >= edges[k]-5:
				setRight[k-1] = true
			case math.Abs(p.x0-edges[k-1]) > 2:
				return nil, nil, false // set neither right nor left: not this layout
			}
		}
	}
	if len(setRight) < 2 {
		return nil, nil, false
	}
	return cut, cols, true
}

// noValueRe is a cell that stands for a value not given, in the
// statistics producers' shorthand: "[x]" not available, "[c]" suppressed,
// "[z]" not applicable, "..", "n/a".
var noValueRe = lazyre.New(`^(?:\[[a-z]\]|\.\.|n/a)$`)

// splitFigures cuts each run of figures that crosses one of the edges
// there, where both sides are figures ("69.8 +1.6"): splitAtEdges keeps a
// decimal whole where it reads as a section number ("69.8" as "6.9"
// would), which beside another figure it is not.
func splitFigures(ps []*piece, edges []float64, page int) []*piece {
	var out []*piece
	for _, p := range ps {
		for _, e := range edges[1:] {
			if p.x0 >= e-2 || p.x1 <= e+2 || !strings.Contains(p.text, " ") || !numericCellRe.MatchString(strings.Fields(p.text)[0]) {
				continue
			}
			if a, b := cutAt(p, e, page); a != nil && allNumeric(strings.Fields(a.text)) && (allNumeric(strings.Fields(b.text)) || noValueRe.MatchString(b.text)) {
				out = append(out, a)
				p = b
			}
		}
		out = append(out, p)
	}
	return out
}
