package library

import (
	"math"
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/lazyre"
)

// Lines of label pairs: a box of key figures set out with tabs, two
// labels and their figures a line ("Beds open: 3<tab>Cots open: 5",
// "Staff in post:<tab>45<tab>Vacancies:<tab>6"). Each pair is a line of
// its own, read left to right and line by line. Before (hostile check 60),
// such lines were cut into a table headed "| Beds open: 3 | Cots open: 5 |"
// that gave none of the four figures, or, where the second pairs did not
// line up, read as a column of their own after the paragraph under them.

// labelPairs cuts a line's pieces into two or more label-and-figure
// pairs (labelFigureRe each), left to right; nil where the line is not
// wholly such pairs. A piece that opens with a capital starts a pair once
// the pair before it holds its figure; a figure alone joins its label.
func labelPairs(ps []*piece, page int) []*piece {
	var groups [][]*piece
	for _, p := range joinedPairsCut(ps, page) {
		t := strings.TrimSpace(p.text)
		if n := len(groups); n > 0 && !(unicode.IsUpper(firstRune(t)) && labelLine(groups[n-1])) {
			groups[n-1] = append(groups[n-1], p)
			continue
		}
		groups = append(groups, []*piece{p})
	}
	if len(groups) < 2 {
		return nil
	}
	out := make([]*piece, 0, len(groups))
	for _, g := range groups {
		if !labelLine(g) {
			return nil
		}
		var fs []*frag
		for _, p := range g {
			fs = append(fs, p.frags...)
		}
		p := newPiece(fs, page)
		p.apart = true
		out = append(out, p)
	}
	return out
}

// labelPairRows takes the runs of lines of label pairs off the page, each
// run one block of its pairs in reading order.
func (l *layout) labelPairRows(rs []*row, page int) ([]*row, []*block) {
	var out []*row
	var blocks []*block
	var cur *block
	var last *row
	for _, r := range rs {
		pairs := labelPairs(pieces(r, page), page)
		if pairs == nil {
			out = append(out, r)
			cur = nil
			continue
		}
		if cur == nil || !l.closeBelow(last, r, 1.5) {
			cur = &block{page: page, x0: math.Inf(1), y0: math.Inf(1), x1: math.Inf(-1), y1: math.Inf(-1)}
			blocks = append(blocks, cur)
		}
		for _, p := range pairs {
			cur.lines = append(cur.lines, p)
			cur.grow(p)
		}
		last = r
	}
	return out, blocks
}

// joinedPairRe is where poppler joined a figure to the label of the next
// pair into one run: "Vacancies: 2 Agency staff: 5", "4,500 Staff: 45",
// "in post: 27Vacancies: 3".
// Group 1 is the next label.
var joinedPairRe = lazyre.New(`[£€$]?\d[\d,.]*%?\s*(\p{Lu}[^:.!?\d]{1,60}:)`)

// joinedPairsCut is ps with each run of one fragment that poppler joined
// across pairs cut before each label after a figure, its edges estimated
// from its letters' even spacing. Before (hostile check 62), "Vacancies:
// 2 Agency staff: 5" was no pair, the line no line of pairs, and it and
// "Budget (£000s):<tab>4,500 Staff: 45" under it became a table giving
// 45 measured "vacancies: 2 agency staff: 5" and no budget.
func joinedPairsCut(ps []*piece, page int) []*piece {
	var out []*piece
	for _, p := range ps {
		if len(p.frags) != 1 {
			out = append(out, p)
			continue
		}
		f := p.frags[0]
		text := f.text
		var cuts []int
		for _, m := range joinedPairRe.FindAllStringSubmatchIndex(text, -1) {
			cuts = append(cuts, m[2])
		}
		if len(cuts) == 0 {
			out = append(out, p)
			continue
		}
		n := float64(len([]rune(text)))
		per := (f.x1 - f.x0) / n
		start := 0
		for _, c := range append(cuts, len(text)) {
			part := strings.TrimSpace(text[start:c])
			if part != "" {
				x0 := f.x0 + per*float64(len([]rune(text[:start])))
				x1 := f.x0 + per*float64(len([]rune(strings.TrimRight(text[:c], " "))))
				nf := *f
				nf.x0, nf.x1, nf.text = x0, x1, part
				out = append(out, newPiece([]*frag{&nf}, page))
			}
			start = c
		}
	}
	return out
}
