package library

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// layout is what the whole document says about each page: the body text's
// font, its usual gap between lines, the words it uses (to tell a word
// broken at a line's end from a hyphenated one), and its bookmarks.
type layout struct {
	pages    []*pdfPage
	printed  []int // the number printed on each page; 0 where none
	body     fontKey
	bodyH    float64          // the height of a body line's box
	lineGap  float64          // the usual gap between two lines of a paragraph
	vocab    map[string]int   // how often each word occurs
	outline  map[int][]string // page → normalised bookmark titles
	titleIdx int              // index of the title page in pages, or -1
	// first is the index of the first page with text; the document's
	// title is rows titleFrom to titleTo of it (-1 where none stands out).
	first, titleFrom, titleTo int
	rows                      [][]*row // each page's rows
	running                   []string // the running headers and footers taken off
	lastTable                 *block   // the last table read, whose header a table carried over takes
	lastForm                  *block   // the last form of labels and values read, whose rows may go on under a gap
	gutter                    float64  // the middle of the last gutter between columns of text, or 0
	gutterPage                int      // the page it was on
	continuing                bool     // a table carried over from the last is being read
	// wordless are the lines of figures and no word left out of the
	// text ("page 4: \"3,100 95\""), a chart's axis or a stray mark most
	// often: an import says so (wordlessWarning), as no text of a PDF
	// may go unsaid.
	wordless []string
}

// pageText is one page made into blocks in reading order, and its notes.
type pageText struct {
	index  int // PDF page index
	cite   int // the page a reader cites: printed number, else index
	blocks []*block
	notes  []string // footnote definitions, "[^1]: text"
	title  bool     // the title page: only its paragraphs of sentences are kept
}

// analyse turns pages of runs into pages of blocks.
func analyse(pages []*pdfPage, outline []outlineItem) (*layout, []*pageText) {
	l := &layout{pages: pages, vocab: map[string]int{}, outline: map[int][]string{}, titleIdx: -1}
	l.printed, l.running = pageFurniture(pages)
	for _, o := range outline {
		l.outline[o.page] = append(l.outline[o.page], normHeading(o.title))
	}
	pageRows := make([][]*row, len(pages))
	var all []*piece
	for i, p := range pages {
		pageRows[i] = rows(p.frags)
		for _, r := range pageRows[i] {
			markSuperscripts(r)
			for _, f := range r.frags {
				for _, w := range strings.Fields(strings.ToLower(f.text)) {
					l.vocab[strings.Trim(w, `.,;:!?()[]"'“”‘’`)]++
				}
			}
			all = append(all, pieces(r, p.index)...)
		}
	}
	l.bodyFont(all)
	l.titleIdx = l.titlePage(pageRows)
	l.findTitle(pageRows)
	l.rows = pageRows
	var out []*pageText
	for i, p := range pages {
		pt := &pageText{index: p.index, cite: p.index}
		if l.printed[i] > 0 {
			pt.cite = l.printed[i]
		}
		out = append(out, pt)
		pt.title = i == l.titleIdx
		rs := pageRows[i]
		if i == l.first && l.titleFrom > 0 {
			// What comes before the title on the first page is a letterhead,
			// a masthead, a date and addressees: not evidence, unless
			// there is too much of it to be that.
			words := 0
			for _, r := range rs[:l.titleFrom] {
				words += len(strings.Fields(r.text()))
			}
			if words <= 120 {
				rs = rs[l.titleFrom:]
			}
		}
		for _, r := range rs {
			l.glueNumber(r, p.index)
		}
		rs = dropContents(rs)
		rs, pt.notes = l.footnotes(rs)
		var ps []*piece
		var tables []*block
		rs = l.splitColumns(rs, p)
		rs, tables = l.tables(rs, p.index)
		for _, r := range rs {
			ps = append(ps, pieces(r, p.index)...)
		}
		pt.blocks = l.order(append(l.chain(ps), tables...))
	}
	return l, out
}

// paraNumberRe is a paragraph, section or item number set apart from its
// text: "1", "2.4", "a", "iv".
var paraNumberRe = lazyre.New(`^(?:\d{1,2}(?:\.\d{1,2}){0,2}|[a-z]|[ivx]{1,4})$`)

// glueNumber joins a number to the text it numbers when a tab sets them
// apart on one line, in one font: a heading "1<tab>Why we looked at
// this", or a report's paragraph numbers and item letters in a wide left
// margin ("5", "a"). Apart, the number would be a line of its own, and
// lost. A table row with a number in its first cell has more cells, or a
// number or a word or two after it. A letter or roman numeral is written
// as the body writes a lettered item, "a) ".
func (l *layout) glueNumber(r *row, page int) {
	ps := pieces(r, page)
	if len(ps) != 2 {
		return
	}
	n, t := ps[0], ps[1]
	size := math.Max(n.size, t.size)
	if !paraNumberRe.MatchString(n.text) || t.x0-n.x1 > 6*size || n.bold != t.bold || math.Abs(n.size-t.size) > 0.1*size {
		return
	}
	if !hasLongWord(t.text) || len(strings.Fields(t.text)) < 3 && !t.bold && t.size < 1.15*l.body.size {
		return
	}
	g := newPiece(append(slices.Clone(n.frags), t.frags...), page)
	g.hang = t.x0
	if !unicode.IsDigit(firstRune(n.text)) {
		g.text = n.text + ") " + t.text
	}
	r.cut = []*piece{g}
}

// bodyFont is the font that sets the most characters; the gap between lines
// is the commonest gap between two lines of it, one above the other.
func (l *layout) bodyFont(all []*piece) {
	chars := map[fontKey]int{}
	for _, p := range all {
		chars[fontKey{p.size, p.family, p.bold, p.italic}] += len(p.text)
	}
	best := 0
	for k, n := range chars {
		if n > best || n == best && k.size < l.body.size {
			best, l.body = n, k
		}
	}
	if l.body.size == 0 {
		l.body.size = 10
	}
	var hs []float64
	gaps := map[float64]int{}
	sorted := slices.Clone(all)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].page != sorted[j].page {
			return sorted[i].page < sorted[j].page
		}
		return sorted[i].y0 < sorted[j].y0
	})
	last := map[float64]*piece{} // by left edge
	for _, p := range sorted {
		if !l.isBody(p) {
			continue
		}
		hs = append(hs, p.h())
		x := math.Round(p.x0)
		if q := last[x]; q != nil && q.page == p.page {
			if g := p.y0 - q.y1; g > -0.3*p.h() && g < 1.5*p.h() {
				gaps[math.Round(g*2)/2]++
			}
		}
		last[x] = p
	}
	l.bodyH = median(hs)
	if l.bodyH == 0 {
		l.bodyH = 1.2 * l.body.size
	}
	n := 0
	for g, c := range gaps {
		if c > n || c == n && g < l.lineGap {
			n, l.lineGap = c, g
		}
	}
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// isBody: set in the body text's size and family.
func (l *layout) isBody(p *piece) bool {
	return math.Abs(p.size-l.body.size) <= 0.06*l.body.size && p.family == l.body.family && !p.bold
}

// titlePage is the first page with text when it reads as a title page: few
// words, and text far larger than the body's. Nothing on it is evidence.
// A page with no page of text after it is the document, not its cover: a
// one-page briefing of a heading, a few short lines and a table had all of
// it left out, and its import refused as empty.
func (l *layout) titlePage(pageRows [][]*row) int {
	for i, p := range l.pages {
		if len(p.frags) == 0 {
			continue
		}
		if i > 1 {
			return -1
		}
		if textWords(p.frags) <= 120 && maxSize(p.frags) >= 1.4*l.body.size && l.textAfter(i) {
			return i
		}
		return -1
	}
	return -1
}

// textAfter reports whether a page after page i holds text.
func (l *layout) textAfter(i int) bool {
	for _, p := range l.pages[i+1:] {
		if len(p.frags) > 0 {
			return true
		}
	}
	return false
}

var (
	leaderRe       = lazyre.New(`(?:\.\s?){4,}\s*[\divxlc]{1,5}$|…{2,}\s*\d{1,4}$|(?:\.\s?){4,}$`)
	contentsHeadRe = lazyre.New(`(?i)^(?:table of )?contents(?: page)?$`)
	endsNumberRe   = lazyre.New(`\s\d{1,4}$`)
)

// dropContents removes a contents list: lines with dot leaders, and after a
// "Contents" heading the lines that end with a page number (with the line
// before, where an entry wrapped).
func dropContents(rs []*row) []*row {
	out := rs[:0:0]
	inContents := false
	var held *row
	for _, r := range rs {
		t := r.text()
		switch {
		case leaderRe.MatchString(t):
			held = nil
			continue
		case contentsHeadRe.MatchString(t):
			// The heading stays, a heading with nothing under it.
			inContents, held = true, nil
			out = append(out, r)
			continue
		case inContents && endsNumberRe.MatchString(t):
			held = nil
			continue
		case inContents && held == nil && len(t) < 120:
			held = r
			continue
		}
		if held != nil {
			out = append(out, held)
			held = nil
		}
		inContents = false
		out = append(out, r)
	}
	if held != nil {
		out = append(out, held)
	}
	return out
}

// noteStartRe matches a footnote's number: "1 Source", "1. Source", "[^1]
// Source", and "1Source" or "1NHS England" where the number is set tight
// against the text (a reference opens with a body's initials as often as
// with a word).
var noteStartRe = lazyre.New(`^(?:\[\^)?(\d{1,3}|[*†‡])(?:\])?(?:[.)]?(?:\s+|$)|[.)]?\p{Lu}\p{Ll}|[.)]?\p{Lu}{2,}\b|[.)]?["“‘'(])`)

// noteStart returns a footnote's number and where its text starts.
func noteStart(t string) (string, int, bool) {
	m := noteStartRe.FindStringSubmatchIndex(t)
	if m == nil {
		return "", 0, false
	}
	end := m[1]
	// Give back the letters or quote that begin the text.
	for end > m[3] {
		r, size := utf8.DecodeLastRuneInString(t[:end])
		if r == ' ' || r == '.' || r == ')' || r == ']' {
			break
		}
		end -= size
	}
	return t[m[2]:m[3]], end, true
}

// footnotes takes the notes off the foot of a page: the lowest lines, all
// smaller than the body text, the first starting with a number.
func (l *layout) footnotes(rs []*row) ([]*row, []string) {
	small := func(r *row) bool {
		for _, f := range r.frags {
			if f.size > 0.9*l.body.size {
				return false
			}
		}
		return len(pieces(r, 0)) <= 2
	}
	start := len(rs)
	for start > 0 && small(rs[start-1]) {
		start--
	}
	first := -1
	for k := start; k < len(rs); k++ {
		if _, _, ok := noteStart(rs[k].text()); ok {
			first = k
			break
		}
	}
	if first < 0 {
		return rs, nil
	}
	// A footnote stands clear of the text above it, or its number is
	// used as a marker in the text.
	markers := ""
	for _, r := range rs[:first] {
		for _, p := range pieces(r, 0) {
			markers += p.text
		}
	}
	n, _, _ := noteStart(rs[first].text())
	gapAbove := first == 0 || rs[first].y0-rs[first-1].y1 > 0.8*l.bodyH
	if !strings.Contains(markers, "[^"+n+"]") && !gapAbove {
		return rs, nil
	}
	var notes []string
	var cur []*piece
	markerX := rs[first].frags[0].x0
	flush := func() {
		if len(cur) == 0 {
			return
		}
		t := joinLines(l, cur)
		if n, at, ok := noteStart(t); ok {
			notes = append(notes, "[^"+n+"]: "+strings.TrimSpace(t[at:]))
		}
		cur = nil
	}
	for _, r := range rs[first:] {
		t := r.text()
		if _, _, ok := noteStart(t); ok && math.Abs(r.frags[0].x0-markerX) < 3 {
			flush()
		}
		p := newPiece(r.frags, 0)
		p.text = t
		cur = append(cur, p)
	}
	flush()
	return rs[:first], notes
}

// splitColumns finds the runs of lines set in two columns of text, a
// gutter running down between them, and lists each run's left column
// before its right: a table set in one column is then read as a table,
// not with the other column's lines as cells of its rows. A run counts
// as columns when both sides hold several lines of body text (a table's
// cells are rarely set in the body's font); a line that crosses the
// gutter ends the run.
func (l *layout) splitColumns(rs []*row, p *pdfPage) []*row {
	lo, hi := 0.2*p.w, 0.8*p.w
	type gap struct{ a, b float64 }
	free := func(r *row) []gap {
		out := []gap{{lo, hi}}
		for _, pc := range pieces(r, p.index) {
			var next []gap
			for _, g := range out {
				if pc.x1+1 <= g.a || pc.x0-1 >= g.b {
					next = append(next, g)
					continue
				}
				if pc.x0-1 > g.a {
					next = append(next, gap{g.a, pc.x0 - 1})
				}
				if pc.x1+1 < g.b {
					next = append(next, gap{pc.x1 + 1, g.b})
				}
			}
			out = next
		}
		return out
	}
	minGap := 0.6 * l.body.size
	intersect := func(a, b []gap) []gap {
		var out []gap
		for _, x := range a {
			for _, y := range b {
				if g := (gap{math.Max(x.a, y.a), math.Min(x.b, y.b)}); g.b-g.a >= minGap {
					out = append(out, g)
				}
			}
		}
		return out
	}
	var out []*row
	emit := func(band []*row, gs []gap) {
		if len(gs) == 0 || len(band) < 6 {
			out = append(out, band...)
			return
		}
		g := gs[0]
		for _, x := range gs[1:] {
			if x.b-x.a > g.b-g.a {
				g = x
			}
		}
		mid := (g.a + g.b) / 2
		// Rows of several cells on one side, before any line of text, are
		// a table across the page above the columns (a cover sheet's form
		// of labels and values), not the columns' first lines.
		lead := 0
		for lead < len(band) && !slices.ContainsFunc(pieces(band[lead], p.index), l.proseLine) && cellsOnASide(pieces(band[lead], p.index), mid) {
			lead++
		}
		out = append(out, band[:lead]...)
		band = band[lead:]
		var left, right []*row
		lb, rb := 0, 0
		for _, r := range band {
			var lp, rp []*piece
			for _, pc := range pieces(r, p.index) {
				if pc.x1 <= mid {
					lp = append(lp, pc)
				} else {
					rp = append(rp, pc)
				}
			}
			if len(lp) > 0 {
				left = append(left, subRow(lp))
				if slices.ContainsFunc(lp, l.proseLine) {
					lb++
				}
			}
			if len(rp) > 0 {
				right = append(right, subRow(rp))
				if slices.ContainsFunc(rp, l.proseLine) {
					rb++
				}
			}
		}
		// Columns of text on both sides; or, on the page after columns
		// with this gutter, the columns' last lines beside a table.
		carried := l.gutter > 0 && l.gutterPage >= p.index-1 && g.a <= l.gutter && l.gutter <= g.b && lb+rb >= 2
		if (lb < 3 || rb < 3) && !carried {
			out = append(out, band...)
			return
		}
		l.gutter, l.gutterPage = mid, p.index
		out = append(out, left...)
		out = append(out, right...)
	}
	var band []*row
	var gs []gap
	for _, r := range rs {
		f := free(r)
		if len(band) == 0 {
			band, gs = []*row{r}, f
			continue
		}
		if n := intersect(gs, f); len(n) > 0 {
			band, gs = append(band, r), n
			continue
		}
		emit(band, gs)
		band, gs = []*row{r}, f
	}
	if len(band) > 0 {
		emit(band, gs)
	}
	return out
}

// cellsOnASide: two or more pieces of the row lie on one side of x.
func cellsOnASide(ps []*piece, x float64) bool {
	left, right := 0, 0
	for _, p := range ps {
		if p.x1 <= x {
			left++
		} else {
			right++
		}
	}
	return left >= 2 || right >= 2
}

// proseLine: a line of body text, not a cell or a heading.
func (l *layout) proseLine(p *piece) bool {
	return l.isBody(p) && len(strings.Fields(p.text)) >= 4
}

// subRow is a row of some of a row's pieces.
func subRow(ps []*piece) *row {
	r := &row{y0: math.Inf(1), y1: math.Inf(-1), cut: ps}
	for _, pc := range ps {
		r.frags = append(r.frags, pc.frags...)
		r.y0, r.y1 = math.Min(r.y0, pc.y0), math.Max(r.y1, pc.y1)
	}
	return r
}
