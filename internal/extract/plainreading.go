package extract

import (
	"sort"
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// The extractor reads a body as its page shows it: without Markdown's
// inline marks (evidence.InlineMarks: emphasis delimiters, a link's
// brackets and address, images, footnote references, escaping
// backslashes). Every rule then sees the words a reader sees: a figure
// in bold keeps its "more than" ("more than **18 weeks**" read the
// threshold as "more than" nothing), "45 *per cent*" is 45%, a mark
// before "St." no longer ends the sentence at "*St.", and a table's bold
// "**Total**" is a row label, not a measure (hostile check 70, G2, G3,
// G26, G27, G30). The items are handed back with the source's own bytes:
// a quote stays an exact substring of its source, marks and all, and is
// shown without them (evidence.QuoteLine).

// plainReading maps a body without its inline marks back to the body.
type plainReading struct {
	orig string
	// marks are the spans of orig left out, sorted and apart; at[k] is
	// where marks[k] was left out in the plain text, rep[k] how many bytes
	// are read in its place (a character reference's character,
	// evidence.ReadAs; else none), gone[k] how many bytes fewer the plain
	// text has than orig before it.
	marks         []evidence.Marker
	at, gone, rep []int
	// struck[k] reports marks[k] a span of struck text (struckOut).
	struck []bool
}

// maxMarkBytes is the longest mark left out of the reading: a link's
// address of a megabyte is read as text, so an item, bounded as read by
// MaxItemBytes, holds at most this much more per mark, and never a whole
// source.
const maxMarkBytes = 8 << 10

// readPlain is body without its inline marks and the reading that maps
// it back, or body and nil when it has none. A backslash before a table's
// "|" stays: it keeps the pipe a character of its cell; so does one
// before a strike's "~" or tag (keptEscape). A code span's
// backticks stay: what they hold is no figure (maskNonFigures).
func readPlain(body string) (string, *plainReading) {
	var marks []evidence.Marker
	for _, m := range evidence.LeftOut(body) {
		if m.End-m.Start > maxMarkBytes || m.End-m.Start == 1 && body[m.Start] == '\\' && m.End < len(body) && (keptEscape(body[m.End:]) || noteInNumber(body, m.Start)) ||
			m.End-m.Start == 1 && body[m.Start] == '`' {
			continue
		}
		marks = append(marks, m)
	}
	struck := struckOut(body, marks)
	if len(marks) == 0 && len(struck) == 0 {
		return body, nil
	}
	var isStruck []bool
	if len(struck) > 0 {
		marks, isStruck = withStruck(marks, struck)
	}
	r := &plainReading{orig: body, marks: marks, at: make([]int, len(marks)), gone: make([]int, len(marks)), rep: make([]int, len(marks)), struck: isStruck}
	var b strings.Builder
	b.Grow(len(body))
	last, gone := 0, 0
	for k, m := range marks {
		b.WriteString(body[last:m.Start])
		as := evidence.ReadAs(body, m)
		b.WriteString(as)
		r.gone[k] = gone
		r.at[k] = m.Start - gone
		r.rep[k] = len(as)
		gone += m.End - m.Start - len(as)
		last = m.End
	}
	b.WriteString(body[last:])
	return b.String(), r
}

// keptEscape reports the text after an escaping backslash whose
// backslash the extractor's reading keeps: a table's "|", and a strike's
// "~" or tag ("\~\~28%\~\~", "\<del>29%\</del>", a web page's text
// as the importer escapes it), which then reads as no strike (struckOut,
// maskNonFigures): the page shows the figure (hostile check 85, M3).
func keptEscape(rest string) bool {
	return rest[0] == '|' || rest[0] == '~' || rest[0] == '<' && strikeTagRe.MatchString(rest)
}

// noteInNumber reports an escaped "[" at body[at+1] glued to a number
// before it ("1,5\[^2]00", a web page's text as the importer escapes
// it): the backslash stays in the extractor's reading, so the mark is
// read as the text the page shows, never as a footnote reference the
// number is read through (maskNonFigures: escapedNoteInNumberRe).
// A mark after the whole number, "1,200\[^4] children", is a note the
// number is read through.
func noteInNumber(body string, at int) bool {
	if body[at+1] != '[' || at == 0 || !isDigit(body[at-1]) && body[at-1] != ',' {
		return false
	}
	return noteThenDigitRe.MatchString(body[at+1:])
}

// noteThenDigitRe opens with a footnote-like mark a number goes on after:
// "[^2]00", "[^3],\[^4]750".
var noteThenDigitRe = lazyre.New(`^\[\^[^\]\s]{1,40}\](?:\d|[,.](?:\d|\\\[))`)

// strikeTagRe opens a text with a strike's tag, "<del>", "</s>".
var strikeTagRe = lazyre.New(`^(?i)</?(?:del|s|strike)(?:\s[^<>]{0,200})?\s*>`)

// struckOut are the spans of body struck out ("~~by 10%~~", "<del>25%</del>",
// "<s>…</s>") outside a table's rows and a code span, each with one of
// the spaces around it: text the source withdrew is no word of the
// sentence the extractor reads, so "rose ~~by 10%~~ by 13%" is read as
// "rose by 13%", a change, and "Some ~~25%~~ 30%" as "Some 30%" (hostile
// check 85, M4 and L6: the struck words broke the change and the
// qualifier). The quote keeps them, shown as written.
func struckOut(body string, marks []evidence.Marker) []evidence.Marker {
	if !strings.Contains(body, "~~") && !strings.Contains(body, "</") {
		return nil
	}
	var out []evidence.Marker
	for _, m := range struckRe.FindAllStringIndex(body, -1) {
		start, end := m[0], m[1]
		lineStart := strings.LastIndexByte(body[:start], '\n') + 1
		line := body[lineStart:]
		if k := strings.IndexByte(line, '\n'); k >= 0 {
			line = line[:k]
		}
		if strings.HasPrefix(strings.TrimLeft(line, " \t"), "|") || start > 0 && body[start-1] == '\\' || inCodeSpan(line, start-lineStart) {
			continue
		}
		// A mark half in the strike ("**~~10%** x~~") leaves it as
		// written.
		cut := false
		for _, k := range marks {
			if k.Start < end && k.End > start && (k.Start < start || k.End > end) {
				cut = true
				break
			}
		}
		if cut {
			continue
		}
		switch {
		case end < len(body) && body[end] == ' ' && (start == 0 || body[start-1] == ' ' || body[start-1] == '\n'):
			end++
		case start > 0 && body[start-1] == ' ' && end < len(body) && isPunctByte(body[end]):
			start--
		}
		out = append(out, evidence.Marker{Start: start, End: end})
	}
	return out
}

// inCodeSpan reports whether byte i of line falls inside a code span.
func inCodeSpan(line string, i int) bool {
	if !strings.Contains(line, "`") {
		return false
	}
	for _, c := range codeSpanRe.FindAllStringIndex(line, -1) {
		if c[0] < i && i < c[1] {
			return true
		}
	}
	return false
}

func isPunctByte(c byte) bool { return strings.IndexByte(".,;:!?)", c) >= 0 }

// withStruck is marks with the struck spans in, the marks inside one
// left out of the list (the span holds them), sorted; and which are struck.
func withStruck(marks, struck []evidence.Marker) ([]evidence.Marker, []bool) {
	out := make([]evidence.Marker, 0, len(marks)+len(struck))
	is := make([]bool, 0, cap(out))
	k := 0
	for _, m := range marks {
		for k < len(struck) && struck[k].Start <= m.Start {
			out, is = append(out, struck[k]), append(is, true)
			k++
		}
		if n := len(out); n > 0 && is[n-1] && m.Start < out[n-1].End {
			continue // inside the struck span before
		}
		out, is = append(out, m), append(is, false)
	}
	for ; k < len(struck); k++ {
		out, is = append(out, struck[k]), append(is, true)
	}
	return out, is
}

// origOf is the offset in the body of the plain text's byte p; a byte
// read in a mark's place is the mark's first.
func (r *plainReading) origOf(p int) int {
	// The marks left out at or before p come before its byte.
	k := sort.Search(len(r.at), func(k int) bool { return r.at[k] > p })
	if k == 0 {
		return p
	}
	m := r.marks[k-1]
	if p < r.at[k-1]+r.rep[k-1] {
		return m.Start
	}
	return p + r.gone[k-1] + m.End - m.Start - r.rep[k-1]
}

// origEnd is the offset in the body just past the plain text's byte p:
// past the whole mark for a byte read in its place.
func (r *plainReading) origEnd(p int) int {
	k := sort.Search(len(r.at), func(k int) bool { return r.at[k] > p })
	if k > 0 && p < r.at[k-1]+r.rep[k-1] {
		return r.marks[k-1].End
	}
	return r.origOf(p) + 1
}

// plainOf is the offset in the plain text of the body's byte o; a byte
// of a mark reads as where the mark was left out.
func (r *plainReading) plainOf(o int) int {
	k := sort.Search(len(r.marks), func(k int) bool { return r.marks[k].End > o })
	if k < len(r.marks) && r.marks[k].Start <= o {
		return r.at[k]
	}
	if k == 0 {
		return o
	}
	m := r.marks[k-1]
	return o - r.gone[k-1] - (m.End - m.Start) + r.rep[k-1]
}

// span is the body's bytes of the plain text's [p, q): from its first
// byte to its last, and, for a quote, grown over the marks that open and
// close around it ("**41%** of children waited."[^2] keeps both bold
// marks and the reference), so the quote's marks stay paired.
func (r *plainReading) span(p, q int, grow bool) (int, int) {
	if q <= p {
		o := r.origOf(p)
		return o, o
	}
	s, e := r.origOf(p), r.origEnd(q-1)
	if !grow {
		return s, e
	}
	for {
		k := sort.Search(len(r.marks), func(k int) bool { return r.marks[k].End >= s })
		if k == len(r.marks) || r.marks[k].End != s || !r.struckOpens(k) && !opens(r.orig[r.marks[k].Start:r.marks[k].End]) {
			break
		}
		s = r.marks[k].Start
	}
	for {
		k := sort.Search(len(r.marks), func(k int) bool { return r.marks[k].Start >= e })
		if k == len(r.marks) || r.marks[k].Start != e || r.isStruck(k) || !closes(r.orig[r.marks[k].Start:r.marks[k].End]) {
			break
		}
		e = r.marks[k].End
	}
	return s, e
}

// paired is span grown over the marks around the plain text's [p, q),
// keeping at each end only what pairs inside the quote: emphasis over
// two sentences ("*Waits rose. Demand fell.*") opens in one item and
// closes in the next, and grown over, each quote showed a stray star
// (hostile check 84b, F7).
func (r *plainReading) paired(p, q int) (int, int) {
	s, e := r.span(p, q, true)
	s0, e0 := r.span(p, q, false)
	if s == s0 && e == e0 {
		return s, e
	}
	covered := func(s, e, from, to int) bool {
		own := evidence.InlineMarks(r.orig[s:e])
		for k := from; k < to; k++ {
			// A struck span is whole in the quote, the words it holds
			// shown as written.
			if j := sort.Search(len(r.marks), func(j int) bool { return r.marks[j].End > k }); j < len(r.marks) && r.marks[j].Start <= k && r.isStruck(j) {
				continue
			}
			i := sort.Search(len(own), func(i int) bool { return own[i].End > k-s })
			if i == len(own) || own[i].Start > k-s {
				return false
			}
		}
		return true
	}
	if !covered(s, e, s, s0) {
		s = s0
	}
	if !covered(s, e, e0, e) {
		e = e0
	}
	return s, e
}

// isStruck reports marks[k] a span of struck text.
func (r *plainReading) isStruck(k int) bool { return r.struck != nil && r.struck[k] }

// struckOpens reports marks[k] struck words opening the sentence after
// them ("~~Some 25%~~ 30% of …"), which its quote shows as written; a
// struck sentence whole ("~~Waits fell.~~") is none of the next one's.
func (r *plainReading) struckOpens(k int) bool {
	if !r.isStruck(k) {
		return false
	}
	t := strings.TrimRight(r.orig[r.marks[k].Start:r.marks[k].End], " ")
	if strings.HasSuffix(t, "~~") {
		t = t[:len(t)-2]
	} else if i := strings.LastIndexByte(t, '<'); i >= 0 {
		t = t[:i]
	}
	t = strings.TrimRight(t, " ")
	return t != "" && strings.IndexByte(".!?:", t[len(t)-1]) < 0
}

// opens reports a mark that may stand before what it marks: an emphasis
// run, a link's "[", an escaping backslash.
func opens(mark string) bool {
	return emphasisRun(mark) || mark == "[" || mark == "\\"
}

// closes reports a mark that may stand after what it marks: an emphasis
// run, a link's "](address)", a footnote reference.
func closes(mark string) bool {
	return emphasisRun(mark) || strings.HasPrefix(mark, "](") || strings.HasPrefix(mark, "[^")
}

func emphasisRun(mark string) bool {
	return strings.Trim(mark, "*") == "" || strings.Trim(mark, "_") == ""
}

// plainText is s without its inline marks, for the strings of a document
// read apart from its body (a table's header as written, a section).
func plainText(s string) string {
	plain, _ := readPlain(s)
	return plain
}

// plainDoc is doc read without its inline marks, and the function that
// gives an item made from it back the source's own bytes: its text at
// its offset, grown over the marks around it, its figures' texts at
// theirs, its table header as written (its section is a heading's
// words, as a reader sees them). restore is nil when
// the body holds no mark.
func plainDoc(doc corpus.Document) (corpus.Document, func(*evidence.Item)) {
	plain, r := readPlain(doc.Body)
	if r == nil {
		return doc, nil
	}
	written := map[string]string{} // plain text → as written
	read := func(s string) string {
		p := plainText(s)
		if p != s {
			written[p] = s
		}
		return p
	}
	doc.Body = plain
	blocks := make([]corpus.Block, len(doc.Blocks))
	for i, b := range doc.Blocks {
		from, to := b.Offset, b.Offset+len(b.Text)
		b.Offset, b.Text = r.plainOf(from), ""
		b.Text = plain[b.Offset:r.plainOf(to)]
		b.HeaderLine = read(b.HeaderLine)
		if b.Cells != nil {
			cells := make([]corpus.Cell, len(b.Cells))
			for k, c := range b.Cells {
				at := r.plainOf(from + c.Offset)
				cells[k] = corpus.Cell{Text: plain[at:r.plainOf(from+c.Offset+len(c.Text))], Offset: at - b.Offset}
			}
			b.Cells = cells
		}
		if b.Header != nil {
			header := make([]string, len(b.Header))
			for k, h := range b.Header {
				header[k] = plainText(h)
			}
			b.Header = header
		}
		blocks[i] = b
	}
	doc.Blocks = blocks
	return doc, func(it *evidence.Item) {
		if it.Offset < 0 || it.Offset+len(it.Text) > len(plain) {
			return
		}
		p, n := it.Offset, len(it.Text)
		s, e := r.paired(p, p+n)
		it.Offset, it.Text = s, r.orig[s:e]
		for k := range it.Figures {
			f := &it.Figures[k]
			if f.Offset < 0 || f.Offset+len(f.Text) > n {
				continue
			}
			fs, fe := r.span(p+f.Offset, p+f.Offset+len(f.Text), false)
			if fe-fs != len(f.Text) {
				// Marks inside the figure ("**13**–**52 weeks**"): it
				// keeps them paired, and is shown without them.
				fs, fe = r.span(p+f.Offset, p+f.Offset+len(f.Text), true)
			}
			fs, fe = max(fs, s), min(fe, e)
			f.Offset, f.Text = fs-s, r.orig[fs:fe]
		}
		if w, ok := written[it.Header]; ok {
			it.Header = w
		}
	}
}
