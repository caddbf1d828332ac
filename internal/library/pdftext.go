package library

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

type unitKind int

const (
	paraUnit unitKind = iota
	headingUnit
	itemUnit
	tableUnit
)

// A unit is one block of the stored body: a heading, a paragraph, a list
// item or a table.
type unit struct {
	kind     unitKind
	text     string // as stored, without the "## " or "- " that marks it
	bullet   bool   // an item whose marker is written "- "
	lines    []*piece
	cite     int // the page a reader cites
	pdfPage  int
	style    fontKey
	box      bool // a sidebar or boxed panel: kept whole, out of the running text
	first    bool // the first unit of its block
	last     bool // the last unit of its block
	full     bool // its last line runs to the block's right edge
	pull     bool // a pull quote: large, in quotation marks
	flush    bool // justified, and its last line full: it goes on elsewhere
	indented bool // its first line is indented: it starts a paragraph
}

var (
	terminalRe   = lazyre.New(`[.!?:;]["'”’)\]]*(?:\[\^[^\]]+\])*$`)
	numberedRe   = lazyre.New(`^(\d{1,3})[.)]\s+\S`)
	otherNumRe   = lazyre.New(`^(?:\(\d{1,3}\)|\(?[a-z]\)|[a-z]\.|\(?[ivx]{1,4}\)|[ivx]{1,4}\.|R\d{1,3}[.:]?|\d{1,2}\.\d{1,2}\.?)\s+\S`)
	decimalNumRe = lazyre.New(`^\d{1,2}\.\d{1,2}\.?\s+\S`)
	dashItemRe   = lazyre.New(`^[–—-]\s+\S`)
	figureishRe  = lazyre.New(`%|£|\d{2,}`)
	// yearRe is a year or financial year, which a bold heading may name
	// ("Support for families in 2024/25") without being a bold figure.
	yearRe        = lazyre.New(`\b(?:19|20)\d{2}(?:[/–-](?:\d{2}|(?:19|20)\d{2}))?\b`)
	sentenceEndRe = lazyre.New(`[.,;]["'”’)]*$`)
	sectionNoRe   = lazyre.New(`^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|Chapter \d+:?|Section \d+:?|Part \d+:?)\s+`)
)

// units splits a block into headings, paragraphs and list items, or makes a
// table its pipe-table unit.
func (l *layout) units(b *block, cite int) []*unit {
	if b.kind == tableBlock {
		return []*unit{{kind: tableUnit, text: pipeTable(b.cells), cite: cite, pdfPage: b.page, first: true, last: true, style: l.body}}
	}
	minX, maxX := math.Inf(1), math.Inf(-1)
	for _, p := range b.lines {
		minX, maxX = math.Min(minX, p.x0), math.Max(maxX, p.x1)
	}
	var out []*unit
	var cur []*piece
	flush := func() {
		if len(cur) > 0 {
			out = append(out, l.makeUnit(cur, cite, b, maxX))
			cur = nil
		}
	}
	for i, p := range b.lines {
		if len(cur) > 0 && l.breakBefore(cur, p, b.lines, i, minX, maxX) {
			flush()
		}
		cur = append(cur, p)
	}
	flush()
	if len(out) > 0 {
		out[0].first, out[len(out)-1].last = true, true
	}
	return out
}

// breakBefore says whether line p starts a new unit after the lines cur.
func (l *layout) breakBefore(cur []*piece, p *piece, lines []*piece, i int, minX, maxX float64) bool {
	prev := cur[len(cur)-1]
	if p.apart || prev.apart || math.Abs(p.size-prev.size) > 0.08*math.Max(p.size, prev.size) || boldPastMarker(p) != boldPastMarker(prev) {
		return true
	}
	text, prevText := p.text, strings.TrimSpace(prev.text)
	inItem := startsItem(cur[0].text)
	ends := terminalRe.MatchString(prevText)
	outdent := p.x0 < prev.x0-2
	sameMarkerX := inItem && math.Abs(p.x0-cur[0].x0) < 2
	switch {
	case startsBullet(text):
		return true
	case numberedRe.MatchString(text) || otherNumRe.MatchString(text):
		if outdent || sameMarkerX && len(cur) > 1 || sameMarkerX && ends || ends && !inItem {
			return true
		}
	case dashItemRe.MatchString(text):
		if outdent || sameMarkerX || ends && !speakerAfterQuote(prevText, text) {
			return true
		}
	}
	if inItem {
		// A line back at the marker's place, with no marker, is the
		// text after the list, unless the item's line ends in a word
		// that needs the next ("a good level of development at the end
		// of" over "Reception, below England's 68%.", where a bullet's
		// lines wrap left of its text: held-out set 90 cut the sentence
		// in two, its England figure a statistic of its own).
		if p.x0 < itemTextX(cur)-2 && !unicode.IsLower(firstRune(text)) && !joinsNextLine(prevText) {
			return true
		}
		// A marker typed before the text, with no hanging indent, leaves
		// the item's next lines where the marker is, as the text after
		// the list is: that text follows a line that ended early, with
		// room for its first word, where the item's next line follows a
		// full one. A line there that ends in a colon over the next
		// list's first item ("Recommendation 3: NHS England should:") is
		// that list's lead-in, whatever room the line before left.
		atMarker := math.Abs(p.x0-cur[0].x0) < 2 && !unicode.IsLower(firstRune(text))
		return atMarker && (endedEarly(prev, p, maxX) || leadsNextList(p, lines, i))
	}
	if h := cur[0].hang; h > 0 && math.Abs(p.x0-h) < 2 {
		// The next line of a paragraph whose number stands in the margin.
		return false
	}
	// A first-line indent starts a paragraph; a centred line does not.
	centred := math.Abs((p.x0+p.x1)/2-(minX+maxX)/2) < 2 && math.Abs((prev.x0+prev.x1)/2-(minX+maxX)/2) < 2
	if !centred && p.x0 > minX+0.8*p.size && (i+1 >= len(lines) || lines[i+1].x0 < p.x0-0.5*p.size) && math.Abs(prev.x0-minX) < 2 {
		return true
	}
	// "Referrals this quarter: 1,204" over "Seen within 4 weeks: 611": a
	// box's figures, a line each, whichever line is the widest.
	if labelFigureRe.MatchString(prevText) && labelFigureRe.MatchString(strings.TrimSpace(text)) {
		return true
	}
	// "318 children supported" over "1,146 nights of short breaks": a
	// box of key figures, each opening its own line with its label after
	// it; a wrapped sentence's line ends in a word that joins it to the
	// next ("up from" over "290 in 2023").
	if !ends && len(cur) == 1 && figureLabelRe.MatchString(cur[0].text) && figureLabelRe.MatchString(strings.TrimSpace(text)) && !joinsNextLine(prevText) {
		return true
	}
	// A line that ended early, with room for the next word: the writer
	// broke the line (a paragraph's end, an address, a signature).
	// A line that ends in a word needing the next ("costs about" over
	// "£320 per child") is no line its writer broke, however short it
	// looks: a viewer's text layer guesses its width.
	if (ends || !unicode.IsLower(firstRune(text))) && endedEarly(prev, p, maxX) && (ends || !joinsNextLine(prevText)) {
		return true
	}
	return false
}

// labelFigureRe is a line that is a label and its figure: "Children
// waiting: 9,416", "Spend per child: £1,250", "Seen within 4 weeks: 61%",
// perhaps with a short note in brackets after it, as "at a glance" boxes
// set a standard or a target beside the figure ("Urgent cases seen within
// 1 week: 76% (standard: 95%)"; held-out set 87, where three such lines
// were one paragraph and each later line's figures were read as the
// first's).
var labelFigureRe = lazyre.New(`^\p{Lu}[^:.!?]{1,60}:\s+[£€$]?\d[\d,.]*%?(?:\s+\p{L}+){0,3}(?:\s+\([^()]{1,40}\))?$`)

// boldPastMarker is whether a line's text is bold, a list marker before it
// left out: "9. " in the body's weight before a bold recommendation leaves
// the line as bold as the paragraph's next lines, set wholly in bold.
func boldPastMarker(p *piece) bool {
	if p.bold || len(p.frags) < 2 || !isListMarker(strings.TrimSpace(p.frags[0].text)) {
		return p.bold
	}
	for _, f := range p.frags[1:] {
		if strings.TrimSpace(f.text) != "" && !f.bold {
			return false
		}
	}
	return true
}

// leadsNextList reports a line, lines[i], that ends in a colon with a
// typed bullet on the line under it: the lead-in of the list that starts
// there.
func leadsNextList(p *piece, lines []*piece, i int) bool {
	return strings.HasSuffix(strings.TrimSpace(p.text), ":") && i+1 < len(lines) && startsBullet(lines[i+1].text)
}

// endedEarly: the line prev ended with room on it for the first word of
// p, the line after it, so its writer broke it there.
func endedEarly(prev, p *piece, maxX float64) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(p.text), " ")
	charW := p.width() / math.Max(1, float64(utf8.RuneCountInString(p.text)))
	return prev.x1 < maxX-charW*float64(utf8.RuneCountInString(first)+1)-0.5*p.size
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return r
}

// itemTextX is where a list item's text starts: the indent of its second
// line, else the first line's text after the marker.
func itemTextX(cur []*piece) float64 {
	if len(cur) > 1 {
		return cur[1].x0
	}
	p := cur[0]
	if len(p.frags) > 1 && isListMarker(strings.TrimSpace(p.frags[0].text)) {
		return p.frags[1].x0
	}
	return p.x0
}

func startsBullet(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !(strings.ContainsRune(bulletRunes, r) || r >= '\uf000' && r <= '\uf0ff') {
		return false
	}
	rest := s[n:]
	return rest == "" || rest[0] == ' ' || !unicode.IsLetter(r)
}

func startsItem(s string) bool {
	return startsBullet(s) || numberedRe.MatchString(s) || otherNumRe.MatchString(s) || dashItemRe.MatchString(s)
}

func (l *layout) makeUnit(ps []*piece, cite int, b *block, maxX float64) *unit {
	u := &unit{kind: paraUnit, lines: ps, cite: cite, pdfPage: b.page, box: b.aside}
	chars := map[fontKey]int{}
	for _, p := range ps {
		chars[fontKey{p.size, p.family, p.bold, p.italic}] += len(p.text)
	}
	best := -1
	for k, n := range chars {
		if n > best {
			best, u.style = n, k
		}
	}
	last := ps[len(ps)-1]
	u.full = last.x1 > maxX-1.5*last.size
	// Justified text whose last line is as full as the others: the
	// paragraph goes on in the next column or page, even after a full stop.
	if len(b.lines) >= 2 && last.x1 > maxX-0.1*last.size {
		for _, p := range b.lines {
			if p != last && p.x1 > maxX-0.1*p.size {
				u.flush = true
			}
		}
	}
	u.text = joinLines(l, ps)
	u.indented = len(ps) > 1 && ps[0].x0 > ps[1].x0+0.8*ps[0].size
	switch {
	case l.pullQuote(u):
		u.pull = true
	case l.isHeading(u):
		u.kind = headingUnit
	case startsBullet(u.text) || dashItemRe.MatchString(u.text):
		u.kind, u.bullet = itemUnit, true
		_, n := utf8.DecodeRuneInString(u.text)
		u.text = strings.TrimSpace(u.text[n:])
	case numberedRe.MatchString(u.text):
		u.kind = itemUnit
	case decimalNumRe.MatchString(u.text):
		// "3.2 The trust has...": a numbered paragraph, as board papers
		// and legal texts set them, kept as a paragraph with its number.
	case otherNumRe.MatchString(u.text):
		u.kind, u.bullet = itemUnit, true
	}
	return u
}

// pullQuote: text set large and in quotation marks, a quote pulled out
// of the text to catch the eye.
func (l *layout) pullQuote(u *unit) bool {
	r, _ := utf8.DecodeRuneInString(u.text)
	e, _ := utf8.DecodeLastRuneInString(u.text)
	return u.style.size >= 1.15*l.body.size && strings.ContainsRune("“\"‘'", r) && strings.ContainsRune("”\"’'", e)
}

// repeats: most of a pull quote's words are used elsewhere in the document,
// so it repeats the text and is not evidence of its own.
func (l *layout) repeats(u *unit) bool {
	n, seen := 0, 0
	for _, w := range strings.Fields(strings.ToLower(u.text)) {
		w = strings.Trim(w, `.,;:!?()[]"'“”‘’`)
		if utf8.RuneCountInString(w) < 3 {
			continue
		}
		n++
		if l.vocab[w] >= 2 {
			seen++
		}
	}
	return n > 0 && seen*10 >= n*6
}

// isHeading: a short unit in a larger font than the body's, or in bold, that
// does not end as a sentence does; or a line the PDF's bookmarks name.
func (l *layout) isHeading(u *unit) bool {
	t := u.text
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 25 || len(u.lines) > 3 || !hasLongWord(t) && !yearAlone(t) {
		return false
	}
	if l.inOutline(u) {
		return true
	}
	if len(words) > 20 || sentenceEndRe.MatchString(t) || figureLabelRe.MatchString(t) {
		// "318 children and young people supported", set large in a box
		// of key figures, is a figure and its label: a statistic's line.
		return false
	}
	big, bold := true, true
	for _, p := range u.lines {
		big = big && p.size >= 1.15*l.body.size
		bold = bold && p.bold && p.size >= 0.85*l.body.size
	}
	if big {
		return true
	}
	// Bold at the body's size: a run-in heading, but never a bold figure.
	// A bold question states no figure, so a number in it (an age, "What
	// happens when young people turn 18?") keeps it a heading. Before
	// (development set), a committee's question naming an age was read as
	// a line of the response under it.
	return bold && len(words) <= 14 && (strings.HasSuffix(t, "?") || !figureishRe.MatchString(yearRe.ReplaceAllString(sectionNoRe.ReplaceAllString(t, ""), "")))
}

// joinsNextLine reports a line ending in a word that needs the next
// line: a preposition, an article or a conjunction.
func joinsNextLine(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	if len(f) == 0 {
		return false
	}
	switch strings.TrimRight(f[len(f)-1], ",;:") {
	case "and", "or", "but", "of", "from", "to", "in", "into", "the", "a", "an", "with", "by", "than", "for", "at", "on", "up", "down", "over", "under", "between", "against", "were", "was", "are", "is", "had", "have", "has", "who", "which", "that",
		"about", "around", "nearly", "almost", "approximately", "roughly":
		return true
	}
	return strings.HasSuffix(t, ",")
}

// figureLabelRe opens a line with a figure and its label in lower case:
// "318 children and young people supported", "£1.2m raised", "84% of
// parents". A section number ("2 Background") has a capital after it.
var figureLabelRe = lazyre.New(`^[£$]?\d[\d,]*(?:\.\d+)?(?:%|m|bn|k)?\s+\p{Ll}`)

// yearAlone: the text is a year or a span of years alone ("2023",
// "2023/24"). Set as a heading, it heads its section, though it has no
// word (hostile check 55: it was dropped as a line of no words, and its
// section's figures lost their year).
func yearAlone(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && yearRe.FindString(t) == t
}

// hasLongWord: the text holds a word of three letters or more.
func hasLongWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
			if n >= 3 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

func (l *layout) inOutline(u *unit) bool {
	titles := l.outline[u.pdfPage]
	if len(titles) == 0 {
		return false
	}
	return slices.Contains(titles, normHeading(u.text))
}

func normHeading(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// compoundFirst are words that, before a hyphen at a line's end, usually
// begin a hyphenated compound ("long-term"), so the hyphen is kept.
var compoundFirst = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`long short well ill self co non multi cross full part high low under over
		one two three four five six seven eight nine ten eleven twelve year month week day age school early
		late far face first second third mid pre post all small large wide broad hard fast follow close
		best worst ever never half quarter life world health child family family-based evidence data
		person people place needs time out up off twenty thirty forty fifty sixty seventy eighty ninety`) {
		compoundFirst[w] = true
	}
}

// joinLines joins a unit's lines with spaces, rejoining words broken by a
// hyphen at a line's end and keeping the hyphen of compounds: a form the
// document uses elsewhere decides; else the word before the hyphen does.
func joinLines(l *layout, ps []*piece) string {
	var s string
	for i, p := range ps {
		t := strings.TrimSpace(p.text)
		if i == 0 {
			s = t
			continue
		}
		s = joinText(l, s, t)
	}
	return strings.ReplaceAll(s, "\u00ad", "")
}

func joinText(l *layout, a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case strings.HasSuffix(a, "\u00ad"):
		return strings.TrimSuffix(a, "\u00ad") + b
	case strings.HasSuffix(a, "/") && !strings.HasSuffix(a, " /"):
		return a + b
	case brokenWord(l, a, b):
		return a + b
	case !strings.HasSuffix(a, "-") || strings.HasSuffix(a, " -") || len(a) < 2:
		return a + " " + b
	}
	before, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
	next, _ := utf8.DecodeRuneInString(b)
	if !unicode.IsLetter(before) || !unicode.IsLower(next) {
		return a + b // "18-" + "week", "pre-" + "COVID"
	}
	left := a[strings.LastIndexFunc(a[:len(a)-1], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })+1 : len(a)-1]
	right := b
	if k := strings.IndexFunc(b, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		right = b[:k]
	}
	ll, lr := strings.ToLower(left), strings.ToLower(right)
	switch {
	case l != nil && l.vocab[ll+"-"+lr] > 0:
		return a + b
	case l != nil && l.vocab[ll+lr] > 0:
		return a[:len(a)-1] + b
	case compoundFirst[ll] || strings.Contains(ll, "-") || strings.HasPrefix(b[len(right):], "-"):
		// "grow-" + "your-own": a compound of three words.
		return a + b
	}
	return a[:len(a)-1] + b
}

// pipeTable writes a table as a GitHub-flavoured Markdown pipe table: the
// first row is its header.
func pipeTable(rows [][]string) string {
	var b strings.Builder
	for i, r := range rows {
		b.WriteString("|")
		for _, c := range r {
			b.WriteString(" " + strings.ReplaceAll(strings.TrimSpace(c), "|", `\|`) + " |")
		}
		b.WriteString("\n")
		if i == 0 {
			b.WriteString("|" + strings.Repeat("---|", len(r)) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

var captionRe = lazyre.New(`(?i)^(?:table|figure|chart|box|exhibit)\s+\d`)

// markBoxes flags boxed panels set in the running text: a short heading not
// in the bookmarks, then text in a font other than the body's, then body
// text again under no new heading. Kept together, they move to the end of
// their section so that the body text after them keeps its section.
func (l *layout) markBoxes(us []*unit) {
	for i, t := range us {
		if t.kind != headingUnit || t.box || l.inOutline(t) || t.style.size > 1.2*l.body.size {
			continue
		}
		j, fam := i+1, ""
		for j < len(us) && (us[j].kind == paraUnit || us[j].kind == itemUnit) && !l.isBodyStyle(us[j].style) &&
			!captionRe.MatchString(us[j].text) && (fam == "" || us[j].style.family == fam) {
			fam = us[j].style.family
			j++
		}
		if j == i+1 || j >= len(us) {
			continue
		}
		if (us[j].kind == paraUnit || us[j].kind == itemUnit) && l.isBodyStyle(us[j].style) {
			for k := i; k < j; k++ {
				us[k].box = true
			}
		}
	}
}

func (l *layout) isBodyStyle(k fontKey) bool {
	return math.Abs(k.size-l.body.size) <= 0.06*l.body.size && k.family == l.body.family
}

// continues: v carries on the paragraph u, broken by a column or page: u
// ends its block without ending a sentence, and v starts its block in the
// same font, in lower case (or, after a full line, with a number).
func (l *layout) continues(u, v *unit) bool {
	if sentenceEndLine(v) && (u.kind == paraUnit || u.kind == itemUnit) && u.box == v.box && !terminalRe.MatchString(u.text) {
		return true // "at around" over "23%.", a line of its own by its indent
	}
	if !u.last || !v.first || v.kind != paraUnit || u.kind != paraUnit && u.kind != itemUnit || u.box != v.box {
		return false
	}
	if u.style.family != v.style.family || math.Abs(u.style.size-v.style.size) > 0.1*u.style.size {
		return false
	}
	if l.joinedCallout(v) {
		// "31,500" set large over its label, after the label of the
		// figure before it on a page of big numbers: a statement of its
		// own, however the label before it ended.
		return false
	}
	// A justified paragraph whose last line is full goes on in the next
	// column, even after a full stop; at a page break after a full stop it
	// is split there instead, so that each sentence is cited with the page
	// it is printed on.
	if u.flush && u.kind == paraUnit && !v.indented && u.pdfPage == v.pdfPage {
		return true
	}
	if terminalRe.MatchString(u.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v.text)
	return unicode.IsLower(r) || u.full && !startsItem(v.text) && (unicode.IsDigit(r) || r == '(' || r == '£') ||
		u.full && endsOpen(u.text) && unicode.IsUpper(r) && !startsItem(v.text)
}

// sentenceBreakRe is the end of a sentence and the start of the next: a
// full stop (or ! or ?), closing quotes or brackets, a space, and a capital
// or an opening quote.
var sentenceBreakRe = lazyre.New(`[a-z0-9%)][.!?]["'”’)]* +["“‘]?[A-Z]`)

// nextSentenceStart is the offset in t of the first sentence after the one
// t opens with, or 0 when t holds one sentence.
func nextSentenceStart(t string) int {
	m := sentenceBreakRe.FindStringIndex(t)
	if m == nil {
		return 0
	}
	k := m[1] - 1
	for k > 0 && t[k-1] != ' ' {
		k--
	}
	return k
}

// markdown writes the pages as the stored body: a page marker where each
// page's text starts, headings as "## " lines, items as "- " or "1. " lines,
// tables as pipe tables, footnotes as definitions after their page's text;
// boxes at the end of their section.
func (l *layout) markdown(pts []*pageText) string {
	var us []*unit
	notes := map[int][]string{}
	var order []int
	for _, pt := range pts {
		notes[pt.index] = pt.notes
		order = append(order, pt.index)
		var pus []*unit
		for _, b := range pt.blocks {
			if b.kind == droppedBlock {
				continue
			}
			pus = append(pus, l.units(b, pt.cite)...)
		}
		if pt.title {
			pus = l.titlePageText(pus)
		}
		us = append(us, pus...)
	}
	l.markBoxes(us)
	us = l.joinCallouts(us)
	us = dropTableNotes(us)
	us = dropCopyList(us)
	us = slices.DeleteFunc(us, func(u *unit) bool {
		wordless := !sentenceEndLine(u) && l.wordlessUnit(u)
		return furniture(u) || u.kind != tableUnit && (wordless || isEndsLine(u.text)) || u.pull && l.repeats(u) || u.kind == tableUnit && versionTable(u.text)
	})
	// Back matter: what a section "About the RCPCH", "References" or
	// "Acknowledgements" holds is not evidence; its heading stays. A
	// sidebar's "About us" holds only the sidebar: the body text read
	// after it is the section's own.
	for i := 0; i < len(us); i++ {
		if us[i].kind == headingUnit && othersContactsSection(us[i].text) && !backMatter(us[i].text) {
			us = dropContactEntries(us, i)
			continue
		}
		if us[i].kind != headingUnit || !backMatter(us[i].text) {
			continue
		}
		j := i + 1
		for j < len(us) && us[j].kind != headingUnit && (!us[i].box || us[j].box) {
			j++
		}
		us = slices.Delete(us, i+1, j)
	}
	// A letter's closing and the signature under it.
	for i, u := range us {
		if u.kind == paraUnit && closingRe.MatchString(u.text) {
			j := i + 1
			for j < len(us) && us[j].kind != headingUnit && len(strings.Fields(us[j].text)) < 25 {
				j++
			}
			us = slices.Delete(us, i, j)
			break
		}
	}
	us = dropAddressee(us)
	// The signature under a foreword: "Dr Jane Smith" over "Independent
	// Chair, Northfield Panel", or both on one line.
	// A name set in bold reads as a heading; it goes with its office.
	for i := 0; i < len(us); i++ {
		if !signedOffice(us[i], us[:i]) {
			continue
		}
		from := i
		if i > 0 && us[i-1].kind == headingUnit && nameLineRe.MatchString(us[i-1].text) {
			from = i - 1
		}
		us = slices.Delete(us, from, i+1)
		i = from - 1
	}
	// Join paragraphs broken by a column or a page; a box in between waits.
	for i := 0; i < len(us); i++ {
		u := us[i]
		for j := i + 1; j < len(us) && j <= i+4; j++ {
			v := us[j]
			if v.box && !u.box {
				continue
			}
			if l.continues(u, v) {
				if u.pdfPage != v.pdfPage {
					// A sentence carried over a page break ends on the next
					// page; the sentences after it start there and are cited
					// with it, so they stay a paragraph of that page.
					if k := nextSentenceStart(v.text); k > 0 {
						u.text = joinText(l, u.text, strings.TrimRight(v.text[:k], " "))
						v.text, v.first = v.text[k:], true
						break
					}
				}
				u.text = joinText(l, u.text, v.text)
				u.lines = append(u.lines, v.lines...)
				u.last, u.full, u.flush = v.last, v.full, v.flush
				us = slices.Delete(us, j, j+1)
				j--
				continue
			}
			break
		}
	}
	// A sentence's last words set apart ("23%.", "to 21.", "4,620 in
	// 2025/26." at the top of the next column) waited for the line they
	// end; one that ends none is a stray line of no word.
	us = slices.DeleteFunc(us, func(u *unit) bool { return sentenceEndLine(u) && l.wordlessUnit(u) })
	var b strings.Builder
	lastCite, lastPDF := -1, 0
	emitted := map[int]bool{}
	flushNotes := func(before int) {
		for _, p := range order {
			if p < before && !emitted[p] {
				emitted[p] = true
				for _, n := range notes[p] {
					b.WriteString(n + "\n\n")
				}
			}
		}
	}
	write := func(u *unit) {
		if u.pdfPage > lastPDF {
			flushNotes(u.pdfPage)
			lastPDF = u.pdfPage
		}
		if u.cite != lastCite {
			b.WriteString("<!-- page " + strconv.Itoa(u.cite) + " -->\n\n")
			lastCite = u.cite
		}
		switch {
		case u.kind == headingUnit:
			b.WriteString("## ")
		case u.kind == itemUnit && u.bullet:
			b.WriteString("- ")
		}
		b.WriteString(u.text + "\n\n")
	}
	var boxes []*unit
	for _, u := range us {
		if u.box {
			boxes = append(boxes, u)
			continue
		}
		if u.kind == headingUnit {
			for _, x := range boxes {
				write(x)
			}
			boxes = nil
		}
		write(u)
	}
	for _, x := range boxes {
		write(x)
	}
	flushNotes(math.MaxInt)
	return b.String()
}

// wordlessUnit reports a unit of no word, which the text leaves out (a
// year set as a heading aside): a chart's labels, a stray mark. One that
// holds a figure is noted for the import's warning (wordlessWarning), so
// that no figure goes unsaid.
func (l *layout) wordlessUnit(u *unit) bool {
	if u.kind == tableUnit || hasLongWord(u.text) || u.kind == headingUnit && yearAlone(u.text) {
		return false
	}
	if strings.ContainsAny(u.text, "0123456789") && !isEndsLine(u.text) && !furniture(u) {
		l.wordless = append(l.wordless, "page "+strconv.Itoa(u.cite)+": "+strconv.Quote(u.text))
	}
	return true
}

// sentenceEndLine: a paragraph of no long word that ends a sentence, the
// last words of one set apart from it ("23%.", "to 21."): before (hostile
// check 60), such lines were dropped as a chart's labels are, and a
// sentence lost its figure ("at around" with no 23%).
func sentenceEndLine(u *unit) bool {
	return u.kind == paraUnit && !hasLongWord(u.text) && strings.ContainsAny(u.text, "0123456789") && terminalRe.MatchString(u.text) && !strings.HasSuffix(u.text, ":")
}

// joinCallouts reads a figure set large on its own ("145,800", "1 in 4")
// with the label set small right under it ("children in temporary
// accommodation in England, 31 March 2024"), as callouts and pages of key
// facts print them: one statement. Apart, the figure would be lost and
// the label say nothing.
func (l *layout) joinCallouts(us []*unit) []*unit {
	for i := 0; i+1 < len(us); i++ {
		u, v := us[i], us[i+1]
		if u.kind != paraUnit && u.kind != headingUnit || v.kind != paraUnit || u.pdfPage != v.pdfPage ||
			!calloutFigureRe.MatchString(u.text) || u.style.size < 1.3*l.body.size || v.style.size > 0.8*u.style.size {
			continue
		}
		a, b := u.lines[len(u.lines)-1], v.lines[0]
		if b.y0 < a.y0+0.5*a.h() || b.y0-a.y1 > a.h() || overlap(a.x0, a.x1, b.x0, b.x1) <= 0 {
			continue
		}
		if !unicode.IsLower(firstRune(v.text)) && !strings.ContainsAny(u.text, "%£,") && !strings.Contains(u.text, " in ") {
			continue // a chapter's number over its title
		}
		v.text = u.text + " " + v.text
		v.lines = append(slices.Clone(u.lines), v.lines...)
		v.first = u.first
		us = slices.Delete(us, i, i+1)
	}
	return us
}

// joinedCallout reports a unit joinCallouts made: its first line a figure
// set far larger than the label under it.
func (l *layout) joinedCallout(u *unit) bool {
	return len(u.lines) > 1 && u.lines[0].size >= 1.3*u.style.size && u.lines[0].size >= 1.3*l.body.size &&
		calloutFigureRe.MatchString(strings.TrimSpace(u.lines[0].text))
}

// noteLineRe is a numbered note: "1 Children are patients aged under 18".
var noteLineRe = lazyre.New(`^\d{1,2}\s+\p{Lu}`)

// dropTableNotes leaves out the notes a figure or table prints under a
// "Notes" line: each numbered, explaining how the figures were made, the
// last often running on into the source line. They are not evidence.
func dropTableNotes(us []*unit) []*unit {
	for i := 0; i < len(us); i++ {
		if us[i].kind == tableUnit || !tableNoteRe.MatchString(us[i].text) || len(strings.Fields(us[i].text)) > 1 {
			continue
		}
		j := i + 1
		for j < len(us) && us[j].kind == paraUnit && noteLineRe.MatchString(us[j].text) && us[j].style.size < us[i].style.size+0.5 {
			j++
		}
		if j > i+1 {
			us = slices.Delete(us, i, j)
			i--
		}
	}
	return us
}

// dropContactEntries drops, from the section under the heading at i (a
// box of other bodies' contacts, othersContactsSection), its entries: the
// paragraphs giving an address, a number or a web address, and the
// bodies' imprint lines ("Published by Harrowfield Community Health
// Trust, March 2023", "© Kooth plc 2022"). They are no evidence of the
// document; a sentence of prose under such a heading ("Only 34% of young
// people knew where to get help.") stays. Before (hostile check 66), the
// box's "Published by" line was an excerpt of the report.
func dropContactEntries(us []*unit, i int) []*unit {
	for j := i + 1; j < len(us) && us[j].kind != headingUnit; {
		if contactEntry(us[j].text) {
			us = slices.Delete(us, j, j+1)
			continue
		}
		j++
	}
	return us
}

// contactEntry: a box's entry, holding a contact (an e-mail, web address,
// phone number or postcode) or an imprint line.
func contactEntry(t string) bool {
	if contactOnlyRe.MatchString(t) || legalRe.MatchString(t) {
		return true
	}
	for _, part := range imprintParts(t) {
		if _, kind := imprintOrg(part, false); kind != noImprint {
			return true
		}
	}
	return strings.Contains(strings.ToLower(t), "published by")
}
