package library

import (
	"math"
	"slices"
	"sort"
)

type blockKind int

const (
	textBlock blockKind = iota
	tableBlock
	droppedBlock // a contents list set as a table
)

// A block is a stack of lines set close together in one column (one or more
// paragraphs, list items or a heading), or a table.
type block struct {
	kind           blockKind
	page           int
	x0, y0, x1, y1 float64
	lines          []*piece
	cells          [][]string   // a table's rows of cells; the first is its header
	cols           [][2]float64 // a table's columns
	headed         bool         // a table whose first row is set apart as its header
	size           float64      // a table's font size
	aside          bool         // beside the body text, in another font: a sidebar
}

func (b *block) grow(p *piece) {
	b.x0, b.y0 = math.Min(b.x0, p.x0), math.Min(b.y0, p.y0)
	b.x1, b.y1 = math.Max(b.x1, p.x1), math.Max(b.y1, p.y1)
}

// chain stacks each line under the closest line above it in the same column,
// when the gap between them is no more than the gap between the lines of a
// paragraph, give or take.
func (l *layout) chain(ps []*piece) []*block {
	sort.SliceStable(ps, func(i, j int) bool {
		if math.Abs(ps[i].y0-ps[j].y0) > 0.3*math.Min(ps[i].h(), ps[j].h()) {
			return ps[i].y0 < ps[j].y0
		}
		return ps[i].x0 < ps[j].x0
	})
	var blocks []*block
	tails := map[*block]*piece{}
	for _, p := range ps {
		var best *block
		bestGap := math.Inf(1)
		limit := (l.lineGap + 0.35*l.bodyH) * math.Max(p.h(), 1) / math.Max(l.bodyH, 1)
		for _, b := range blocks {
			q := tails[b]
			gap := p.y0 - q.y1
			if gap < -0.3*p.h() || gap > limit || gap >= bestGap {
				continue
			}
			if math.Abs(p.size-q.size) > 0.2*math.Max(p.size, q.size) {
				continue
			}
			ov := overlap(p.x0, p.x1, q.x0, q.x1)
			if ov < 0.3*math.Min(p.width(), q.width()) && math.Abs(p.x0-q.x0) > 2 {
				continue
			}
			if blocked(ps, q, p) {
				continue
			}
			best, bestGap = b, gap
		}
		if best == nil {
			best = &block{page: p.page, x0: p.x0, y0: p.y0, x1: p.x1, y1: p.y1}
			blocks = append(blocks, best)
		}
		best.lines = append(best.lines, p)
		best.grow(p)
		tails[best] = p
	}
	return blocks
}

// blocked: another line lies between q and p, overlapping both.
func blocked(ps []*piece, q, p *piece) bool {
	for _, r := range ps {
		if r == p || r == q {
			continue
		}
		if r.y0 >= q.y1-0.1 && r.y1 <= p.y0+0.1 && overlap(r.x0, r.x1, p.x0, p.x1) > 0 {
			return true
		}
	}
	return false
}

// order puts a page's blocks in reading order. Block a comes before block b
// when a is above b and they share some width, or when a is wholly left of
// b and no block between them vertically spans both (so columns read one
// after the other, and a full-width block ends them). Ties go to the
// higher block; a cycle, which odd layouts can make, is broken the same way.
func (l *layout) order(blocks []*block) []*block {
	l.markAsides(blocks)
	var out []*block
	for _, band := range l.bands(blocks) {
		out = append(out, l.orderBand(band)...)
	}
	return out
}

// bands cuts a page where a wide gap runs across it, no block reaching
// over: what is below the gap is read after what is above it, whatever the
// columns (a heading under a three-column section comes after the third
// column). A gap that columns of text run across on both sides is where
// their paragraphs happen to end together, and no cut.
func (l *layout) bands(blocks []*block) [][]*block {
	sorted := slices.Clone(blocks)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].y0 < sorted[j].y0 })
	var bands [][]*block
	bottom := math.Inf(-1)
	for i, b := range sorted {
		if len(bands) == 0 || b.y0-bottom >= l.bodyH && !columnsGoOn(bands[len(bands)-1], sorted[i:]) {
			bands = append(bands, nil)
		}
		bands[len(bands)-1] = append(bands[len(bands)-1], b)
		bottom = math.Max(bottom, b.y1)
	}
	return bands
}

// columnsGoOn: side-by-side blocks end the band above, and blocks in the
// same columns start the text below.
func columnsGoOn(above, below []*block) bool {
	side := func(bs []*block) [][2]float64 {
		var xs [][2]float64
		for _, a := range bs {
			for _, b := range bs {
				if a != b && overlap(a.y0, a.y1, b.y0, b.y1) > 0 && overlap(a.x0, a.x1, b.x0, b.x1) <= 0 {
					xs = append(xs, [2]float64{a.x0, a.x1})
				}
			}
		}
		return xs
	}
	top := below
	for k, b := range below {
		if b.y0 > below[0].y1 {
			top = below[:k]
			break
		}
	}
	up, down := side(above), side(top)
	if len(up) == 0 || len(down) == 0 {
		return false
	}
	for _, d := range down {
		if !slices.ContainsFunc(up, func(u [2]float64) bool { return overlap(u[0], u[1], d[0], d[1]) > 0 }) {
			return false
		}
	}
	return true
}

func (l *layout) orderBand(blocks []*block) []*block {
	if len(blocks) > 400 {
		sort.SliceStable(blocks, func(i, j int) bool { return blocks[i].y0 < blocks[j].y0 })
		return blocks
	}
	n := len(blocks)
	before := make([][]bool, n)
	for i := range before {
		before[i] = make([]bool, n)
	}
	for i, a := range blocks {
		for j, b := range blocks {
			if i == j {
				continue
			}
			if overlap(a.x0, a.x1, b.x0, b.x1) > 1 {
				before[i][j] = a.y0 < b.y0 || a.y0 == b.y0 && a.x0 < b.x0
				continue
			}
			if a.x1 <= b.x0+1 {
				before[i][j] = !between(blocks, a, b)
			}
		}
	}
	done := make([]bool, n)
	var out []*block
	for len(out) < n {
		pick := -1
		for j := range blocks {
			if done[j] {
				continue
			}
			ready := true
			for i := range blocks {
				if !done[i] && before[i][j] {
					ready = false
					break
				}
			}
			if ready && (pick < 0 || blocks[j].y0 < blocks[pick].y0) {
				pick = j
			}
		}
		if pick < 0 {
			for j := range blocks {
				if !done[j] && (pick < 0 || blocks[j].y0 < blocks[pick].y0) {
					pick = j
				}
			}
		}
		done[pick] = true
		out = append(out, blocks[pick])
	}
	return out
}

// between: a block lies vertically between a and b and spans across both.
func between(blocks []*block, a, b *block) bool {
	top, bottom := math.Min(a.y1, b.y1), math.Max(a.y0, b.y0)
	for _, c := range blocks {
		if c == a || c == b {
			continue
		}
		if c.y0 >= top-1 && c.y1 <= bottom+1 && overlap(c.x0, c.x1, a.x0, a.x1) > 1 && overlap(c.x0, c.x1, b.x0, b.x1) > 1 {
			return true
		}
	}
	return false
}

// markAsides flags sidebars: blocks of text in another font than the body's,
// set beside body text, and the title just above such a block.
func (l *layout) markAsides(blocks []*block) {
	beside := func(b *block) bool {
		for _, a := range blocks {
			if a != b && a.kind == textBlock && l.isBodyBlock(a) &&
				overlap(a.y0, a.y1, b.y0, b.y1) > 0 && overlap(a.x0, a.x1, b.x0, b.x1) <= 0 {
				return true
			}
		}
		return false
	}
	for _, b := range blocks {
		if b.kind == textBlock && !l.isBodyBlock(b) && !l.headingLike(b) && !l.headedBody(b) && beside(b) {
			b.aside = true
		}
	}
	for _, b := range blocks {
		if b.kind != textBlock || !l.headingLike(b) || !beside(b) {
			continue
		}
		for _, a := range blocks {
			if a.aside && a.y0 >= b.y1-1 && a.y0-b.y1 < 2*l.bodyH && overlap(a.x0, a.x1, b.x0, b.x1) > 0 {
				b.aside = true
			}
		}
	}
}

// headedBody: a heading's bold or large lines over lines all in the
// body's font ("What we ask for" over "We are asking ministers to:"): a
// column's next section, whose heading may outnumber its short text.
func (l *layout) headedBody(b *block) bool {
	i := 0
	for i < len(b.lines) && (b.lines[i].bold || b.lines[i].size >= 1.15*l.body.size) {
		i++
	}
	if i == 0 || i == len(b.lines) {
		return false
	}
	for _, p := range b.lines[i:] {
		if !l.isBody(p) {
			return false
		}
	}
	return true
}

// headingLike: every line bold or large.
func (l *layout) headingLike(b *block) bool {
	for _, p := range b.lines {
		if !p.bold && p.size < 1.15*l.body.size {
			return false
		}
	}
	return len(b.lines) > 0
}

func (l *layout) isBodyBlock(b *block) bool {
	n := 0
	for _, p := range b.lines {
		if l.isBody(p) {
			n++
		}
	}
	return n*2 > len(b.lines)
}
