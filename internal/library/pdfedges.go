package library

import (
	"math"
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A tightly set table: a narrow first column ("Year", "Age", "ICB", a
// short code) set so close to the next that poppler joins the two cells
// of every row into one run ("2023 1,240", "A1 12.5%"), and its header's
// two into one too ("Year Children waiting"). No piece of any line starts
// at the second column's edge, so the columns seen were one: the year and
// the count one cell, the count no figure of its own, or the table not
// read as one. The rows say where the edge is: each of them is a short
// label, a space, then figures alone, and the gap between label and figure
// lies at one place in all of them. Each line of the table, its header
// too, is cut there.

// a split is where a piece could be cut: between the end of a label and
// the start of the figures after it, as near as the runs' letters tell.
type split struct{ a, b float64 }

// labelSplits are the places where piece p splits into a short label
// (three words at most) and figures alone after it ("2023 1,240", "A1
// 12.5% 4,310"): one for each word of the label that could end it.
func labelSplits(p *piece) []split {
	// Most lines are prose: too many words, or no figure at the end.
	last := strings.LastIndexByte(p.text, ' ')
	if last < 0 || strings.Count(p.text, " ") > 8 || !numericCellRe.MatchString(strings.TrimSpace(p.text[last+1:])) {
		return nil
	}
	// A label line ("Beds open: 2") is a line, its colon the writer's own
	// cut: lines of them under a heading were cut into a tight table, and
	// read as a contents list and dropped (hostile check 59).
	if labelLine([]*piece{p}) {
		return nil
	}
	words := strings.Fields(p.text)
	if len(words) < 2 {
		return nil
	}
	var out []split
	for k := 1; k < len(words) && k <= 3; k++ {
		rest := words[k:]
		if len(rest) > 3 || !allNumeric(rest) || yearCellRe.MatchString(rest[0]) || k > 1 && slices.ContainsFunc(words[:k], numericCellRe.MatchString) {
			// A year after words ends the label ("January to December
			// 2022"); a label of words holds no figure ("T: 0300 555").
			continue
		}
		if slices.ContainsFunc(rest, leadingZeroRe.MatchString) {
			continue // a phone number ("0161 555 0188"), not figures
		}
		if s, ok := wordGap(p, k); ok {
			out = append(out, s)
		}
	}
	return out
}

// leadingZeroRe is a number that opens with a nought and a digit: part of
// a phone number or a code, not a figure.
var leadingZeroRe = lazyre.New(`^0\d`)

func allNumeric(ws []string) bool {
	for _, w := range ws {
		if !numericCellRe.MatchString(w) {
			return false
		}
	}
	return true
}

// wordGap is the gap before word k of p (counted from 0 over its runs):
// exact where two runs meet there, else estimated with the run's letters
// taken as evenly spaced and widened by a letter each side, as the
// letters are not.
func wordGap(p *piece, k int) (split, bool) {
	n := 0
	for i, f := range p.frags {
		ws := strings.Fields(f.text)
		if n+len(ws) <= k {
			n += len(ws)
			continue
		}
		if n == k {
			if i == 0 {
				return split{}, false
			}
			return split{p.frags[i-1].x1, f.x0}, true
		}
		// Word k-n of this run starts after its (k-n)th space.
		rs := []rune(f.text)
		w := (f.x1 - f.x0) / float64(max(1, len(rs)))
		seen := 0
		for j, r := range rs {
			if r != ' ' || j == 0 || rs[j-1] == ' ' {
				continue
			}
			seen++
			if seen == k-n {
				return split{f.x0 + w*float64(j) - w, f.x0 + w*float64(j+1) + w}, true
			}
		}
		return split{}, false
	}
	return split{}, false
}

// tightColumns cuts the lines of each tightly set table at the edge its
// rows agree on, and the header lines set close above them.
func (l *layout) tightColumns(rs []*row, page int) {
	for i := 0; i < len(rs); {
		best, bestEnd := split{}, i
		if ps := pieces(rs[i], page); len(ps) > 0 {
			for _, s := range labelSplits(ps[0]) {
				cur, j := s, i+1
				for ; j < len(rs) && l.closeBelow(rs[j-1], rs[j], 1.5) && sameRowSize(ps[0], pieces(rs[j], page)); j++ {
					next, ok := agreeing(pieces(rs[j], page), cur)
					if !ok {
						break
					}
					cur = next
				}
				if j-i > bestEnd-i {
					best, bestEnd = cur, j
				}
			}
		}
		// Two rows at least, and a cut that leaves each a label and its
		// figures: prose does not go on so line after line.
		if bestEnd-i < 2 {
			i++
			continue
		}
		e := (best.a + best.b) / 2
		if sameLabels(rs[i:bestEnd], e, page) {
			i = bestEnd
			continue
		}
		for k := i; k < bestEnd; k++ {
			cutLineAt(rs[k], e, page)
		}
		// The header: bold lines, or lines of cells, set close above.
		for k := i - 1; k >= 0 && k >= i-3 && l.closeBelow(rs[k], rs[k+1], 0.5); k-- {
			ps := pieces(rs[k], page)
			if !allBold(ps) && len(ps) < 2 || captionRe.MatchString(ps[0].text) {
				break // "Table 1: ..." set close above is the caption
			}
			cutLineAt(rs[k], e, page)
		}
		i = bestEnd
	}
}

// sameRowSize: the first piece of a row under another, ps, is set in the
// size of the first row's, p: a table's rows are set alike. A heading
// numbered as the pages step ("Section 2", 16pt bold) over a label line
// ("Beds open: 2") is no first row of a tight table over its second:
// before (hostile check 58), the two were cut into a table of no figure,
// and the heading and the label line were lost from the page's text.
func sameRowSize(p *piece, ps []*piece) bool {
	return len(ps) > 0 && math.Abs(ps[0].size-p.size) <= 0.15*math.Max(ps[0].size, p.size)
}

// sameLabels: cut at e, every row's label would read the same
// ("Practice number" of "Practice number 1", "Practice number 2"): the
// number is the label's own, a numbered label, not a figure of a column
// set tight beside it. A tight first column's labels differ ("2021",
// "2022"; "A1", "B2").
func sameLabels(rs []*row, e float64, page int) bool {
	first := ""
	for k, r := range rs {
		ps := pieces(r, page)
		if len(ps) == 0 {
			return false
		}
		a, _ := cutAt(ps[0], e, page)
		if a == nil {
			return false
		}
		if k == 0 {
			first = a.text
		} else if a.text != first {
			return false
		}
	}
	return len(rs) >= 2
}

// agreeing is the split of the line's first piece that overlaps s,
// narrowed to what both allow; ok is false when none does. (Figures of
// later columns glued together are read by the extractor, under their
// glued header.)
func agreeing(ps []*piece, s split) (split, bool) {
	if len(ps) == 0 {
		return split{}, false
	}
	for _, t := range labelSplits(ps[0]) {
		if n := (split{math.Max(s.a, t.a), math.Min(s.b, t.b)}); n.a < n.b {
			return n, true
		}
	}
	return split{}, false
}

// cutLineAt cuts the piece of r that runs across x = e in two, where it
// can; a label that reads like a list marker ("A1") is cut from its
// figures all the same, as the rows agree it is a cell.
func cutLineAt(r *row, e float64, page int) {
	ps := pieces(r, page)
	var out []*piece
	for _, p := range ps {
		if p.x0 < e-2 && p.x1 > e+2 {
			if a, b := cutAt(p, e, page); a != nil {
				out = append(out, a, b)
				continue
			}
		}
		out = append(out, p)
	}
	r.cut = out
}

// closeBelow: line b is set under line a (not back up at the top of the
// next column) with less than gap body lines' height between them.
func (l *layout) closeBelow(a, b *row, gap float64) bool {
	return b.y0 > a.y0 && b.y0-a.y1 < gap*l.bodyH
}
