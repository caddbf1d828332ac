package library

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// A header whose cells wrap in narrow columns ("Harrowfield" / "North
// (%)", "Harrowfield" / "total" / "2024/25 (%)", "England" / "2023/24
// (%)") sets its first line's cells so close that poppler's runs of them
// are one piece ("Harrowfield Harrowfield Harrowfield England"), read as
// one cell merged over the columns: every column's header then held the
// whole line, or its words were dealt to the wrong columns ("Harrowfield
// England total 2024/25 (%)"), and the local total and England's column
// shared a key (hostile check 66). Each run poppler wrote still stands
// where its cell is: a piece is cut between two runs where the second
// starts a column of the figures under them (or the first ends one).

// columnStartBetween reports runs a and b (b right after a on a line)
// parted at a column's edge: b starts where a column of cols starts
// (cells set left, as their figures are) and a ends before it, or a ends
// where a column ends (cells set right) and b starts after it.
func columnStartBetween(a, b *frag, cols [][2]float64) bool {
	for k, c := range cols {
		if k > 0 && math.Abs(b.x0-c[0]) <= 2 && a.x1 <= c[0]+1 {
			return true
		}
		if k+1 < len(cols) && math.Abs(a.x1-c[1]) <= 2 && b.x0 >= c[1]-1 {
			return true
		}
	}
	return false
}

// cutAtColumnSlots cuts each piece of ps between two of its runs parted
// at a column's edge (columnStartBetween); a run across a column's edge,
// a merged cell's, keeps its piece whole.
func cutAtColumnSlots(ps []*piece, cols [][2]float64, page int) []*piece {
	return cutPieces(ps, page, inkPiece, func(run []*frag, b *frag) bool {
		return columnStartBetween(run[len(run)-1], b, cols)
	})
}

// clearOfNextColumn ends each piece of ps, a line with no figure, clear
// of the next column of cols where it ends within a couple of points of
// that column's start: a narrow cell's wrapped line filling its cell,
// "erland (%)" of "Northumb" / "erland (%)" in a 2.5 cm column, ends
// 0.6 points short of the next cell's "rshire (%)", and the columns'
// projection ran the two together, the header "Northumb Glouceste
// erland (%) rshire (%)" over one column of both places' values (hostile
// check 67).
func clearOfNextColumn(ps []*piece, cols [][2]float64) []*piece {
	for _, p := range ps {
		k := column(p, cols)
		if k < 0 || k+1 >= len(cols) || p.x0 >= cols[k+1][0] {
			continue
		}
		if next := cols[k+1][0]; p.x1 > next-3 && p.x1 < next+2 {
			p.x1 = max(p.x0, next-3)
		}
	}
	return ps
}

// cutPieces cuts each piece of ps before each run b that cut says opens a
// piece of its own after the runs run since the last cut; head makes the
// pieces before a cut, newPiece the last. A superscript never opens one:
// it is its cell's footnote marker. A piece with no cut is kept as it is.
func cutPieces(ps []*piece, page int, head func([]*frag, int) *piece, cut func(run []*frag, b *frag) bool) []*piece {
	var out []*piece
	for _, p := range ps {
		start := 0
		for i := 1; i < len(p.frags); i++ {
			if !p.frags[i].sup && cut(p.frags[start:i], p.frags[i]) {
				out = append(out, head(p.frags[start:i], page))
				start = i
			}
		}
		if start == 0 {
			out = append(out, p)
			continue
		}
		out = append(out, newPiece(p.frags[start:], page))
	}
	return out
}

// inkPiece is the piece of runs fs, ending where its last letter does:
// a run's trailing space ("within 12 ") reaches to the next column's
// edge, and the two columns were read as one.
func inkPiece(fs []*frag, page int) *piece {
	p := newPiece(fs, page)
	f := fs[len(fs)-1]
	rs := []rune(f.text)
	if n := len(rs); n > 1 && rs[n-1] == ' ' {
		p.x1 = math.Min(p.x1, f.x1-(f.x1-f.x0)/float64(n))
	}
	return p
}

// A row holding only a label in the first column, right under a header
// ("Kent" and "Medway", "2022/23" and "2023/24", "Antenatal and birth"
// over the rows of their group), is the first row of the table, not a
// line of the header's first cell: read as one, its label was glued into
// the corner's ("Age group Kent", "Vaccine 2022/23"), and the rows under
// it lost their group, place or year (hostile check 66).

// groupRowUnderHeader reports line ps, under the header lines above, as
// such a row: one piece, in the first column of cols, opening with a
// capital or a digit, under a header with cells right of the first
// column and over no more of it, where the first column's header ended a line or more above it,
// or ends on the line right above short enough that ps's first word
// would have fitted beside it (so it did not wrap there).
func groupRowUnderHeader(above [][]*piece, ps []*piece, below [][]*piece, cols [][2]float64) bool {
	if len(ps) != 1 || len(cols) < 2 || len(above) == 0 || column(ps[0], cols) != 0 {
		return false
	}
	if len(below) > 0 && !hasFigureCell(below[0]) && slices.ContainsFunc(below[0], func(q *piece) bool { return q.x0 > cols[0][1] }) {
		// The header goes on under it ("2022 | 2023" under a corner's
		// "Measure" set between the header's rows): the corner's label.
		return false
	}
	p := ps[0]
	if r := firstRune(p.text); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false // a wrapped label's lower-case end
	}
	right := slices.ContainsFunc(above, func(qs []*piece) bool {
		return slices.ContainsFunc(qs, func(q *piece) bool { return q.x0 > cols[0][1] })
	})
	if !right {
		return false
	}
	last := -1
	var corner *piece
	for i, qs := range above {
		for _, q := range qs {
			if column(q, cols) == 0 {
				last, corner = i, q
			}
		}
	}
	if last < len(above)-1 {
		return true // the corner's cell ended above (or was empty)
	}
	if periodRowBelow(ps, below, cols) {
		return true
	}
	word := []rune(p.text)
	n := len(word)
	for i, r := range word {
		if r == ' ' {
			n = i
			break
		}
	}
	wordW := p.width() * float64(n) / float64(max(1, len(word)))
	return corner.x1+0.3*p.size+wordW < cols[1][0]-math.Max(2, 0.5*p.size)
}

// A year's group row under a corner wrapped to its last line ("Local" /
// "authority" / "area" over "2022/23") fits beside that line no better
// than a word of the corner would: the width cannot tell them. The rows
// under it can: the table's later years stand alone in the first column
// between rows of figures, as group rows, and a period alone right under
// the header is one of them. Before (hostile check 67), "2022/23" was
// glued into the corner ("Local authority area 2022/23") and the rows of
// both years were keyed alike, undated.

// periodRowBelow reports line ps a year or period alone ("2022/23") where
// a later line of the table, after a row of figures, is a period alone in
// the first column of cols too.
func periodRowBelow(ps []*piece, below [][]*piece, cols [][2]float64) bool {
	if len(ps) != 1 || !headPeriodRe.MatchString(strings.TrimSpace(ps[0].text)) {
		return false
	}
	figures := false
	for _, qs := range below {
		if hasFigureCell(qs) {
			figures = true
			continue
		}
		if figures && periodGroupLine(qs, cols) {
			return true
		}
	}
	return false
}

// periodGroupLine reports line ps a year or period alone in the first
// column of cols: a group row's label ("2023/24").
func periodGroupLine(ps []*piece, cols [][2]float64) bool {
	return len(ps) == 1 && column(ps[0], cols) == 0 && headPeriodRe.MatchString(strings.TrimSpace(ps[0].text))
}

// captionTitleRe is a caption's number and the colon or stop after it:
// "Table 1:", "Figure 2.3.", "Table 4 –".
var captionTitleRe = lazyre.New(`(?i)^(?:table|figure|chart|box|exhibit)\s+\d+(?:\.\d+)*\s*[:.–—-]\s+\S`)

// brokenWord reports a word broken with no hyphen where a line ended:
// a narrow column's header cell breaks a name too long for it
// ("Harrowfie" over "ld North (%)"). The line's last word and the next
// line's first, in lower case, join into a word the document uses more
// often than either part, and each part alone is rarer: read apart, the
// header said "Harrowfie ld North" and keyed its figures so (hostile
// check 66).
func brokenWord(l *layout, a, b string) bool {
	if l == nil || a == "" || b == "" || !unicode.IsLetter(lastRune(a)) || !unicode.IsLower(firstRune(b)) {
		return false
	}
	left := a[strings.LastIndexFunc(a, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
	right := b
	if k := strings.IndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		right = b[:k]
	}
	if left == "" || right == "" {
		return false
	}
	if loneLetterEnd(left, b) {
		return true
	}
	ll, lr := strings.ToLower(left), strings.ToLower(right)
	n := l.vocab[ll+lr]
	return n >= 1 && n >= l.vocab[ll] && n >= l.vocab[lr]
}

// loneLetterEnd reports line b opening with one lower-case letter that is
// no word ("e and Hythe (%)", "y (%)"), a word of four letters or more,
// left, ending the line above: the last letter of a name the cell's edge
// broke ("Folkeston" / "e", "Canterbur" / "y"), which the document may
// write nowhere else for the vocabulary to join. "a" and "i" are words,
// "v" is "versus" ("Surrey" / "v Kent");
// a letter before a sign or a figure ("n = 45", "p < 0.05", "x 3") or a
// stop ("e.g.") is a symbol or an abbreviation, left apart. Before
// (hostile check 67), "Folkeston e and Hythe" and "Canterbur y" headed
// their columns, and their figures had no place.
func loneLetterEnd(left, b string) bool {
	if utf8.RuneCountInString(left) < 4 {
		return false
	}
	r, n := utf8.DecodeRuneInString(b)
	if !unicode.IsLower(r) || r == 'a' || r == 'i' || r == 'v' {
		return false
	}
	rest := b[n:]
	if rest == "" {
		return true
	}
	if rest[0] != ' ' {
		return false
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return unicode.IsLetter(next) || next == '('
}

// lastRune is the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
