package library

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// Tables set with tabs whose cells do not keep to columns: a first cell
// wider than a tab stop pushes the row's figures a stop further
// ("Surrey<tab>3,100<tab>95" a column right of "Kent<tab>4,500<tab>120"),
// a wide header cell pushes the header's next ("Spend (£000s)"), and
// poppler joins cells set close into one run ("Kent 4,500 120", "Area
// SpendProjects"). Where the lines are, each, a label and the same number
// of figures, and the header line above splits into as many cells more
// one, the table is read by the order of its cells, not their places.
// Before (hostile check 60), "Surrey"'s figures stood apart as a line of
// no word and were dropped with no warning, and a table under "Trust
// Spend (£000s) Patients" was read as columns of prose, each row's label
// a paragraph away from its figures.

// dataLine reads a line as a label of words and the figures after it
// (numericCellRe each, no code or phone number opening with a nought):
// the label and the figures, or ok false.
func dataLine(ps []*piece) (label string, figures []string, ok bool) {
	return dataLineOf(ps, 0)
}

// dataLineOf is dataLine for a row of a table whose other rows each hold
// want figures (0: not known): where the row holds one fewer and its
// label's last word ends in a number run into it, "Horsham340", the rows
// show where the label ends, and the number is its first figure.
func dataLineOf(ps []*piece, want int) (label string, figures []string, ok bool) {
	words := gluedFiguresApart(strings.Fields(strings.Join(texts(ps), " ")))
	if want > 0 {
		n := 0
		for n < len(words) && numericCellRe.MatchString(words[len(words)-1-n]) {
			n++
		}
		if i := len(words) - 1 - n; n == want-1 && i > 0 {
			if m := gluedNumberRe.Get().FindStringSubmatch(words[i]); m != nil && utf8.RuneCountInString(m[1]) >= 2 {
				words = slices.Concat(words[:i], []string{m[1], m[2]}, words[i+1:])
			}
		}
	}
	k := len(words)
	for k > 0 && numericCellRe.MatchString(words[k-1]) && !leadingZeroRe.MatchString(words[k-1]) {
		k--
	}
	if k == 0 || k == len(words) || k > 5 || !unicode.IsUpper(firstRune(words[0])) || yearCellRe.MatchString(words[k]) {
		return "", nil, false
	}
	for _, w := range words[:k] {
		if !hasLetter(w) || strings.ContainsAny(w, ":.;!?") {
			return "", nil, false
		}
	}
	return strings.Join(words[:k], " "), words[k:], true
}

// gluedFigureRe is a label's last word run into the figure after it, as
// poppler joins a first cell wider than its tab stop to the next
// ("Brighton and Hove2,800 140"): small letters, then a figure no code
// or name holds, grouped in thousands, with decimals or a per cent.
// Group 1 is the word, group 2 the figure.
var gluedFigureRe = lazyre.New(`^(\pL*\p{Ll})([£]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+\.\d+%?|\d+(?:\.\d+)?%)$`)

// gluedNumberRe is a word run into a bare number, "Horsham340": group 1
// the word, group 2 the number. Only the other rows of its table tell
// it from a name with a number ("Covid19"), so dataLineOf cuts it where
// they do.
var gluedNumberRe = lazyre.New(`^(\pL*\p{Ll})(\d+)$`)

// gluedFiguresApart cuts each word run into its figure (gluedFigureRe) in two.
// Before (hostile check 62), "Hove2,800" was one word of the label, its
// row one figure short, and the table lost that row and its header.
// "Covid19", "Year10" and "A4" hold no figure so grouped and stay whole.
func gluedFiguresApart(words []string) []string {
	var out []string
	for _, w := range words {
		if m := gluedFigureRe.Get().FindStringSubmatch(w); m != nil && utf8.RuneCountInString(m[1]) >= 2 {
			out = append(out, m[1], m[2])
			continue
		}
		out = append(out, w)
	}
	return out
}

// figuresBeside: a line read as no table whose pieces after the first
// are figures alone ("Surrey" then "3,100 95"; "2.3 Total cost of the
// project" then "£61,200"), a label and its figures a tab or two apart.
// It is one line: apart, the figures were a line of no word, dropped
// (hostile check 60).
//
// A label opens with a capital or a number, is eight words at most and
// ends no sentence: a column's line of prose ("and 264 people replied.",
// "parents about booking") beside the next column's phone number ("960
// 537") is no label, nor is a heading set large beside one
// (headingBesideNumber), and a number opening with a nought is a phone
// number's or a code's.
func figuresBeside(ps []*piece) bool {
	label := strings.TrimSpace(ps[0].text)
	r := firstRune(label)
	if len(ps) < 2 || !hasLongWord(label) || !unicode.IsUpper(r) && !unicode.IsDigit(r) || len(strings.Fields(label)) > 8 ||
		terminalRe.MatchString(label) || headingBesideNumber(ps) {
		return false
	}
	for _, p := range ps[1:] {
		ws := strings.Fields(p.text)
		if hasLongWord(p.text) || !allNumeric(ws) || slices.ContainsFunc(ws, leadingZeroRe.MatchString) {
			return false
		}
	}
	return true
}

// tabHeaderCells splits a table's header line into n cells: its pieces where
// they are n, else its words, a bracketed unit kept with the word before
// it ("Spend (£000s)") and two words poppler ran together cut where a
// capital follows a small letter ("SpendProjects"). Nil where no split
// gives n.
func tabHeaderCells(ps []*piece, n int) []string {
	if len(ps) == n {
		return texts(ps)
	}
	var cells []string
	for _, w := range strings.Fields(strings.Join(texts(ps), " ")) {
		if strings.HasPrefix(w, "(") && len(cells) > 0 {
			cells[len(cells)-1] += " " + w
			continue
		}
		cells = append(cells, camelWords(w)...)
	}
	if len(cells) != n {
		return nil
	}
	return cells
}

// figureWord is a figure that is no year: a header's cells may be years
// ("2022", "2023"), never a row's figures.
func figureWord(w string) bool {
	return numericCellRe.MatchString(w) && !yearCellRe.MatchString(w)
}

// camelWords cuts a word where a capital follows a small letter, each part
// a word of two letters or more: "SpendProjects" is "Spend" and
// "Projects"; "iPad" and "McKenzie" stay whole.
func camelWords(w string) []string {
	var out []string
	start := 0
	var prev rune
	for i, r := range w {
		if i-start >= 3 && unicode.IsLower(prev) && unicode.IsUpper(r) && utf8.RuneCountInString(w[i:]) >= 3 {
			out = append(out, w[start:i])
			start = i
		}
		prev = r
	}
	return append(out, w[start:])
}

// tabSetRows takes the tables set with tabs off the page (see above): two
// rows at least, set close, each a label and k figures (k ≥ 2), one of
// them at least with fewer cells than k+1 as the layout cuts them (else
// the table is read by its columns), under a header line of k+1 cells.
// Where no such header stands above them, the rows are kept as lines of
// text, each whole.
func (l *layout) tabSetRows(rs []*row, page int) ([]*row, []*block) {
	var out []*row
	var tables []*block
	for i := 0; i < len(rs); {
		_, figs, ok := dataLine(pieces(rs[i], page))
		if !ok || len(figs) < 2 {
			out = append(out, rs[i])
			i++
			continue
		}
		k := len(figs)
		first := pieces(rs[i], page)
		joined := len(first) < k+1
		j := i + 1
		for ; j < len(rs) && l.closeBelow(rs[j-1], rs[j], 1.5) && sameRowSize(first[0], pieces(rs[j], page)); j++ {
			_, f, ok := dataLine(pieces(rs[j], page))
			if !ok || len(f) != k {
				break
			}
			joined = joined || len(pieces(rs[j], page)) < k+1
		}
		if j-i < 2 || !joined {
			out = append(out, rs[i:j]...)
			i = j
			continue
		}
		var t *block
		if n := len(out); n > 0 && out[n-1] == rs[i-1] && l.closeBelow(rs[i-1], rs[i], 1.0) {
			t = l.cellOrderTable(rs[i-1], rs[i:j], page, 0)
		}
		if t == nil {
			for _, r := range rs[i:j] {
				joinRow(r, page)
			}
			out = append(out, rs[i:j]...)
			i = j
			continue
		}
		out = out[:len(out)-1]
		tables = append(tables, t)
		i = j
	}
	return out, tables
}

// gluedLabelTable reads the rows under header line rs[i] by the order of
// their cells (cellOrderTable) where poppler ran a row's label into its
// first figure ("Brighton and Hove2,800 140", gluedFigureRe, or a bare
// number where the other rows hold one figure more, "Horsham340 21"):
// two rows at least, set close, each a label and the same k figures
// (k ≥ 2). The
// table and the index after its rows, or nil. Read by its columns, the
// glued run crossed the header's column edge and was cut inside the
// label ("Brighton and" under "District", "Hove2,800 140" under
// "SpendChildren"), and the table lost the row and its header (hostile
// check 62).
func (l *layout) gluedLabelTable(rs []*row, i, page int) (*block, int) {
	// The rows set close under the header, and the most figures one holds.
	k, j := 0, i+1
	for ; j < len(rs) && l.closeBelow(rs[j-1], rs[j], 1.5) && sameRowSize(pieces(rs[i], page)[0], pieces(rs[j], page)); j++ {
		_, figs, ok := dataLine(pieces(rs[j], page))
		if !ok {
			break
		}
		k = max(k, len(figs))
	}
	if k < 2 {
		return nil, 0
	}
	glued, end := false, i+1
	for ; end < j; end++ {
		ps := pieces(rs[end], page)
		label, figs, ok := dataLineOf(ps, k)
		if !ok || len(figs) != k {
			break
		}
		// a word of the row cut in two: the label run into a figure
		glued = glued || len(strings.Fields(label))+k > len(strings.Fields(strings.Join(texts(ps), " ")))
	}
	j = end
	if j-i-1 < 2 || !glued || !l.closeBelow(rs[i], rs[i+1], 1.0) {
		return nil, 0
	}
	t := l.cellOrderTable(rs[i], rs[i+1:j], page, k)
	if t == nil {
		return nil, 0
	}
	return t, j
}

// cellOrderTable reads rows under a header line by the order of their
// cells: each row a label and k figures (k ≥ 2, the same in all), the
// header, in the rows' size and no caption, k+1 cells (tabHeaderCells);
// want, where not 0, the k the rows show (dataLineOf). Nil where they
// are not such a table.
func (l *layout) cellOrderTable(head *row, rows []*row, page, want int) *block {
	hp := pieces(head, page)
	if len(rows) == 0 || len(hp) == 0 || captionRe.MatchString(hp[0].text) || slices.ContainsFunc(strings.Fields(strings.Join(texts(hp), " ")), figureWord) {
		return nil
	}
	t := &block{kind: tableBlock, page: page, headed: true, x0: math.Inf(1), y0: math.Inf(1), x1: math.Inf(-1), y1: math.Inf(-1)}
	all := slices.Clone(hp)
	k := -1
	for _, r := range rows {
		ps := pieces(r, page)
		label, figs, ok := dataLineOf(ps, want)
		if !ok || len(figs) < 2 || k >= 0 && len(figs) != k || !sameRowSize(hp[0], ps) {
			return nil
		}
		k = len(figs)
		t.cells = append(t.cells, append([]string{label}, figs...))
		all = append(all, ps...)
	}
	cells := tabHeaderCells(hp, k+1)
	if cells == nil {
		return nil
	}
	t.cells = append([][]string{cells}, t.cells...)
	for _, p := range all {
		t.grow(p)
	}
	t.cols = projection(all)
	t.size = median(sizes(all))
	return t
}

// fewerCellsThanFigures: table t, read by its layout, has fewer columns
// than its rows hold a label and figures (rows, under its header): the
// figures of a row share a cell, "| Ash 6,200 1,400 | |".
func fewerCellsThanFigures(t *block, rows []*row, page int) bool {
	if len(t.cells) == 0 || len(rows) == 0 {
		return false
	}
	_, figs, ok := dataLine(pieces(rows[0], page))
	return ok && len(t.cells[0]) < len(figs)+1
}
