package evidence

import (
	"html"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// escapable are the characters a backslash escapes in Markdown: ASCII
// punctuation.
const escapable = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

var (
	// footnoteRefRe is a Markdown footnote reference, as a web page's
	// superscript markers are stored ("[^3]") and as Markdown files write
	// them; a definition ("[^3]: …" opening its block) is not one.
	footnoteRefRe = lazyre.New(`\[\^[^\]\s\[]{1,40}\]`)
	// linkRe is an inline link or image: its text, then its address in
	// brackets (one level of brackets inside, as Wikipedia's addresses
	// hold), with a title or not.
	linkRe = lazyre.New(`(!?)\[([^\[\]\n]{1,300})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]{0,200}")?\)`)
	// refLinkRe is a reference link, "[the report][12]" or "[the
	// report][]": its text is shown, its label not.
	refLinkRe = lazyre.New(`\[([^\[\]\n]{1,300})\]\[[^\[\]\n]{0,40}\]`)
	// supNoteRe is a footnote mark as Word-to-Markdown converters write
	// it, "<sup>3</sup>", "<sup>[a]</sup>": shown apart from the text, a
	// note's number, and left out of a quote as "[^3]" is.
	supNoteRe = lazyre.New(`<sup>\[?[\w*†‡§,–-]{1,8}\]?</sup>`)
	// htmlTagRe is an inline HTML tag a page shows as style or a break,
	// not as text: "<br>", "<em>", "</strong>", "<span class=…>". A
	// strike's tags ("<del>", "<s>") stay as "~~" does.
	htmlTagRe = lazyre.New(`(?i)</?(?:br|em|strong|b|i|u|ins|mark|small|span|sub|sup|abbr|cite|q)\b[^<>\n]{0,200}?/?>`)
	// codeSpanRe is a code span's backticks; autolinkRe an autolink's
	// angle brackets, "<https://…>" showing its address. Strikethrough
	// ("~~700~~ 720") stays as written: its text is withdrawn, and read or
	// pasted without its tildes it would be stated again.
	codeSpanRe = lazyre.New("`[^`\n]{1,200}`")
	autolinkRe = lazyre.New(`<(?:https?://|mailto:)[^<>\s]{1,500}>`)
	// entityRe is an HTML character reference, named ("&nbsp;"), decimal
	// ("&#44;") or hexadecimal ("&#x2C;"): a page shows the character it
	// stands for (ReadAs).
	entityRe = lazyre.New(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
	// htmlCommentRe is an HTML comment inside a paragraph, as CommonMark
	// reads inline HTML: "Around 46<!-- note -->% of …" shows "Around
	// 46% of …". A comment opening a line is a block of the body's own
	// (corpus.Blocks); one is read inside its line only, so a stray
	// "<!--" never hides the blocks up to a later "-->".
	htmlCommentRe = lazyre.New(`<!--(?:-?>|[^\n]{0,1000}?-->)`)
)

// InlineMarks are the spans of s that Markdown's inline syntax writes and
// the published page never shows: footnote references ("[^3]"), the
// delimiters of emphasis ("**41%**", "*18 weeks*", "__", "_"), a link's
// brackets and address ("[Offham Council](https://…)" reads "Offham
// Council") and an image whole. A quote is stored as its source's bytes,
// marks and all, so it can be found in the source; it is shown and copied
// without them (QuoteLine): a briefing that pasted "In 2024, **41%** of
// children …[^1]" quoted what no reader of the report saw (hostile check
// 69, F7 and F10). Sorted, not overlapping.
func InlineMarks(s string) []Marker {
	// A backslash is looked at wherever it stands: before ASCII
	// punctuation it escapes the character, as CommonMark reads it
	// ("50\\%" reads "50%"), and anywhere else it is a character of the
	// text ("C:\\data").
	if !strings.ContainsAny(s, "[*_<&`\\") && !strings.Contains(s, "  \n") {
		return nil
	}
	// A backslash before a mark's character makes it a character of the
	// text ("\_team\_" reads "_team_"): the backslash is left out, the
	// character stays and opens nothing (hostile check 70, G17: read as
	// emphasis, "\team\" was pasted).
	var out, escaped []Marker
	for i := strings.IndexByte(s, '\\'); i >= 0 && i+1 < len(s); {
		if strings.IndexByte(escapable, s[i+1]) >= 0 {
			out = append(out, Marker{i, i + 1})
			escaped = append(escaped, Marker{i + 1, i + 2})
			i++
		}
		j := strings.IndexByte(s[i+1:], '\\')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	out = append(out, hardBreaks(s, escaped)...)
	if strings.Contains(s, "[") {
		for _, m := range linkRe.FindAllStringSubmatchIndex(s, -1) {
			if inside(escaped, m[0]) || m[3] > m[2] && inside(escaped, m[0]+1) {
				continue
			}
			if m[3] > m[2] { // an image: nothing of it is read
				out = append(out, Marker{m[0], m[1]})
				continue
			}
			out = append(out, Marker{m[0], m[4]}, Marker{m[5], m[1]})
		}
		sortMarkers(out)
		links := out[:len(out):len(out)]
		for _, m := range footnoteRefRe.FindAllStringIndex(s, -1) {
			if m[1] < len(s) && s[m[1]] == ':' || inside(links, m[0]) || inside(escaped, m[0]) {
				continue
			}
			out = append(out, Marker{m[0], m[1]})
		}
	}
	if strings.ContainsAny(s, "<&`") || strings.Contains(s, "][") {
		out = append(out, htmlMarks(s, escaped, out)...)
	}
	taken := append(slices.Clone(escaped), out...)
	sortMarkers(taken)
	out = append(out, emphasisMarks(s, taken)...)
	sortMarkers(out)
	return out
}

// hardBreaks are the marks of Markdown's hard line breaks in s: two
// spaces or more, or a backslash not itself escaped, before a line break
// the paragraph goes on after. A page breaks the line there and shows
// neither ("Some 45␠␠⏎per cent" and "Some 46\⏎per cent" read as
// "Some 45⏎per cent"); read as written, the spaces kept "45" from its
// "per cent" and the backslash was shown (hostile check 85, M6).
func hardBreaks(s string, escaped []Marker) []Marker {
	var out []Marker
	for at := 0; ; {
		k := strings.IndexByte(s[at:], '\n')
		if k < 0 {
			return out
		}
		i := at + k
		at = i + 1
		if i == 0 || !lineGoesOn(s[i+1:]) {
			continue
		}
		j := i
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		switch {
		case i-j >= 2 && j > 0 && s[j-1] != '\n':
			out = append(out, Marker{j, i})
		case i == j && s[i-1] == '\\' && !inside(escaped, i-1) && i >= 2 && s[i-2] != '\n':
			out = append(out, Marker{i - 1, i})
		}
	}
}

// lineGoesOn reports whether the line after a line break goes on with
// the paragraph (paragraphGoesOn) and holds words: a hard break at the
// end of a block is none.
func lineGoesOn(rest string) bool {
	line, _, _ := strings.Cut(rest, "\n")
	return strings.TrimSpace(line) != "" && paragraphGoesOn(rest)
}

// htmlMarks are the marks of s that other inline syntax writes, outside
// the spans escaped and taken: a code span's backticks, an autolink's angle brackets, a reference link's brackets and
// label, a "<sup>" footnote mark whole, inline HTML tags, and character
// references whole ("&amp;", which then reads "&": ReadAs). Before (hostile check 70, G18) a
// quote pasted "61%<sup>3</sup> … too long &amp; rising".
func htmlMarks(s string, escaped, taken []Marker) []Marker {
	// all holds every span taken so far, sorted and apart, so that each
	// new one is checked by a search: a page holds thousands of tags.
	all := append(slices.Clone(escaped), taken...)
	sortMarkers(all)
	var out []Marker
	free := func(from, to int) bool {
		k := sort.Search(len(all), func(k int) bool { return all[k].End > from })
		return k == len(all) || all[k].Start >= to
	}
	add := func(ms ...Marker) {
		for _, m := range ms {
			out = append(out, m)
			k := sort.Search(len(all), func(k int) bool { return all[k].Start >= m.Start })
			all = slices.Insert(all, k, m)
		}
	}
	pairs := func(re *lazyre.Regexp, open, close int) {
		for _, m := range re.FindAllStringIndex(s, -1) {
			if free(m[0], m[1]) {
				add(Marker{m[0], m[0] + open}, Marker{m[1] - close, m[1]})
			}
		}
	}
	if strings.Contains(s, "`") {
		pairs(codeSpanRe, 1, 1)
	}
	if strings.Contains(s, "<") {
		if strings.Contains(s, "<!--") {
			var code [][]int
			if strings.Contains(s, "`") {
				code = codeSpanRe.FindAllStringIndex(s, -1)
			}
			for _, m := range htmlCommentRe.FindAllStringIndex(s, -1) {
				if !inCode(code, m[0]) && free(m[0], m[1]) {
					add(Marker{m[0], m[1]})
				}
			}
		}
		pairs(autolinkRe, 1, 1)
		for _, m := range supNoteRe.FindAllStringIndex(s, -1) {
			if free(m[0], m[1]) {
				add(Marker{m[0], m[1]})
			}
		}
		for _, m := range htmlTagRe.FindAllStringIndex(s, -1) {
			// A break between two words reads as a space (ReadAs):
			// left out, "pupils<br>reported" would read as one word.
			if free(m[0], m[1]) {
				add(Marker{m[0], m[1]})
			}
		}
	}
	if strings.Contains(s, "][") {
		for _, m := range refLinkRe.FindAllStringSubmatchIndex(s, -1) {
			if free(m[0], m[1]) {
				add(Marker{m[0], m[2]}, Marker{m[3], m[1]})
			}
		}
	}
	if strings.Contains(s, "&") {
		// A character reference outside a code span is read as its
		// character: "1&#44;500" is 1,500 and "20&nbsp;%" is 20%
		// (hostile check 84b, F9); inside one it is shown as written.
		var code [][]int
		if strings.Contains(s, "`") {
			code = codeSpanRe.FindAllStringIndex(s, -1)
		}
		for _, m := range entityRe.FindAllStringIndex(s, -1) {
			if inCode(code, m[0]) || !free(m[0], m[1]) || ReadAs(s, Marker{m[0], m[1]}) == "" {
				continue
			}
			add(Marker{m[0], m[1]})
		}
	}
	return out
}

// inCode reports whether byte i falls inside one of the code spans.
func inCode(code [][]int, i int) bool {
	for _, c := range code {
		if c[0] < i && i < c[1] {
			return true
		}
	}
	return false
}

// ReadAs is what a reader is shown in the place of the mark m of s: the
// character a character reference stands for ("&#44;" reads ",",
// "&amp;" "&", "&nbsp;" a no-break space), a space for a line break tag
// between two words ("parents<br>reported" reads "parents reported",
// hostile check 84b, F7 and F8), and nothing for every other mark, which
// is left out. Every reading without the marks
// (WithoutInlineMarks, BlankInlineMarks, the extractor's) writes it.
func ReadAs(s string, m Marker) string {
	if m.End-m.Start < 4 {
		return ""
	}
	if s[m.Start] == '<' {
		if glued(s, []int{m.Start, m.End}) && strings.EqualFold(s[m.Start:m.Start+3], "<br") {
			return " "
		}
		return ""
	}
	if s[m.Start] != '&' || s[m.End-1] != ';' {
		return ""
	}
	ref := s[m.Start:m.End]
	r := html.UnescapeString(ref)
	if r == ref || len(r) > len(ref) || r == "\uFFFD" || strings.HasSuffix(r, ";") || utf8.RuneCountInString(r) > 2 {
		return ""
	}
	if PrintableLine(r) != r {
		// A reference to a character a terminal acts on or a reader
		// cannot see ("&#x1b;", "&#x202E;", "&#10;") is left out: read
		// as its character it reached the terminal raw, past the
		// escaping that sees only the source's bytes (hostile check 85,
		// H1 and M1).
		return ""
	}
	return r
}

// glued reports a span of s with no blank on either side.
func glued(s string, m []int) bool {
	return m[0] > 0 && !isSpaceByte(s[m[0]-1]) && m[1] < len(s) && !isSpaceByte(s[m[1]])
}

// inside reports whether byte i falls in one of ms, sorted and apart:
// a search, as a page of many links asks it for every mark.
func inside(ms []Marker, i int) bool {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].End > i })
	return k < len(ms) && ms[k].Start <= i
}

// sortMarkers sorts ms by where they start.
func sortMarkers(ms []Marker) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
}

// emphasisMarks are the delimiter runs of emphasis in s ("*", "**",
// "***", up to six, "****bold****" nesting two strong emphases, or the
// same of "_"), each opening run paired with the next
// closing run of the same length and character on its line, outside the
// spans taken. An opening run follows the start of the line, a blank or
// punctuation and comes before a character that is not blank; a closing
// run the reverse, and is followed by the end, a blank, or punctuation
// that ends there: "5 * 3", "* item", "snake_case_name" and
// "__init__.py" are not emphasis.
func emphasisMarks(s string, taken []Marker) []Marker {
	if !strings.ContainsAny(s, "*_") {
		return nil
	}
	type run struct{ start, end int }
	var out []Marker
	var open []run
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\n' {
			if !paragraphGoesOn(s[i+1:]) {
				open = open[:0]
			}
			i++
			continue
		}
		if c != '*' && c != '_' || inside(taken, i) {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == c {
			j++
		}
		if j-i > 6 {
			i = j
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		canOpen := j < len(s) && !unicode.IsSpace(after) && (i == 0 || unicode.IsSpace(before) || unicode.IsPunct(before))
		// A "*" run after a letter or digit closes whatever follows it, as
		// CommonMark's right-flanking rule has it ("**13**–**52 weeks**");
		// a "_" run only before a blank or an end ("snake_case_name").
		canClose := i > 0 && !unicode.IsSpace(before) && (closesAt(s, j, c) || c == '*' && !unicode.IsPunct(before) && !unicode.IsSymbol(before))
		closed := false
		if canClose {
			for k := len(open) - 1; k >= 0; k-- {
				o := open[k]
				if s[o.start] == c && o.end-o.start == j-i && o.end < i {
					out = append(out, Marker{o.start, o.end}, Marker{i, j})
					open = open[:k]
					closed = true
					break
				}
			}
		}
		if !closed && canOpen {
			open = append(open, run{i, j})
		}
		i = j
	}
	return out
}

// blockOpenRe opens a line that starts a block of its own: a table row,
// a heading, a quote, a list item, a footnote's definition, a page mark.
var blockOpenRe = lazyre.New(`^[ \t]*(?:$|[|#>]|[-+*•][ \t]|\d{1,3}[.)][ \t]|\[\^|<!--)`)

// paragraphGoesOn reports whether the line after a line break goes on
// with the paragraph, as a soft break does: emphasis opened before it
// may close on it ("between **13 and\n52 weeks**"), as CommonMark reads
// it; a blank line or a new block ends it.
func paragraphGoesOn(rest string) bool {
	line, _, _ := strings.Cut(rest, "\n")
	return !blockOpenRe.MatchString(line)
}

// closesAt reports whether a closing delimiter run may end at j: at the
// end, before a blank, or before punctuation that the end or a blank
// follows ("**41%**," and "*weeks*)." close; "__init__.py" does not),
// or before the other mark's run closing with it ("_and italic_***").
func closesAt(s string, j int, c byte) bool {
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsSpace(r):
			return true
		case unicode.IsPunct(r) && r != rune(c):
			j += size
		default:
			return false
		}
	}
	return true
}

// WithoutInlineMarks is s with its InlineMarks left out, and where each
// byte of the result came from in s (nil when s has none, and is read
// as it is): what reads a sentence's words (who it cites) reads
// "according to [Offham Council](https://…)" as the page shows it.
func WithoutInlineMarks(s string) (string, []int) {
	marks := LeftOut(s)
	if marks == nil {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	kept := make([]int, 0, len(s))
	at := 0
	for _, m := range marks {
		b.WriteString(s[at:m.Start])
		for k := at; k < m.Start; k++ {
			kept = append(kept, k)
		}
		as := ReadAs(s, m)
		b.WriteString(as)
		for range len(as) {
			kept = append(kept, m.Start)
		}
		at = m.End
	}
	b.WriteString(s[at:])
	for k := at; k < len(s); k++ {
		kept = append(kept, k)
	}
	return b.String(), kept
}

// LeftOut are the spans of s a reading without its marks leaves out: its
// InlineMarks, apart, and with a mark standing alone between two words
// ("so ![chart](c.png) last", "pupils <br> reported") one of the two
// spaces, so the words keep one between them. The quote's reading
// (WithoutInlineMarks) and the extractor's read the same spans.
func LeftOut(s string) []Marker {
	marks := InlineMarks(s)
	if marks == nil {
		return nil
	}
	out := marks[:0]
	end := 0
	for _, m := range marks {
		if m.Start < end {
			continue
		}
		if m.Start > 0 && s[m.Start-1] == ' ' && m.End < len(s) && s[m.End] == ' ' && ReadAs(s, m) == "" {
			m.End++
		}
		out = append(out, m)
		end = m.End
	}
	return out
}

// BlankInlineMarks is s with each byte of its InlineMarks written as a
// space, or, inside a word, as characters that join it (fillJoining), and
// a character reference as its character (ReadAs): the words a reader
// sees, at the offsets they have in s. Search
// reads an item's text through it, so "_Westby_Trust_" is found by
// "Westby_Trust", and a link's hidden address or an image's file name
// finds nothing the quote shows; a match's span is still a span of the
// stored text (hostile check 70, G14).
func BlankInlineMarks(s string) string {
	marks := InlineMarks(s)
	if marks == nil {
		return s
	}
	b := []byte(s)
	for _, m := range marks {
		as := ReadAs(s, m)
		copy(b[m.Start:], as)
		from := m.Start + len(as)
		before := byte(' ')
		switch {
		case as != "":
			before = as[len(as)-1]
		case m.Start > 0:
			before = s[m.Start-1]
		}
		if m.End < len(s) && !isSpaceByte(s[m.End]) && !isSpaceByte(before) && m.End-from >= 2 {
			fillJoining(b[from:m.End])
			continue
		}
		for k := from; k < m.End; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}

// fillJoining fills b (two bytes or more) with characters that join the
// word around them and are no part of it: soft hyphens and word joiners,
// which search's words read through ("1**,**200" and "1,2[^1]00" are
// found by "1,200", as they are shown; hostile check 84b, F8).
func fillJoining(b []byte) {
	for len(b) > 0 {
		if len(b) == 3 || len(b)%2 == 1 {
			copy(b, "\u2060")
			b = b[3:]
			continue
		}
		copy(b, "\u00ad")
		b = b[2:]
	}
}

// QuoteLine is an item's text as a reader is shown or copies it on one
// line: table cells that only continue the one above blank
// (SpanMarksBlanked), Markdown's inline marks left out (InlineMarks), and
// folded as OneLine folds. Every path that shows or pastes a quote calls
// it; the stored text keeps every byte of the source.
func QuoteLine(s string) string {
	plain, _ := WithoutInlineMarks(SpanMarksBlanked(s))
	return OneLine(plain)
}

// QuoteLineFrom is QuoteLine that also says where each byte of the line
// came from in s, as OneLineFrom does: a screen that styles spans of the
// text (matches, figures) styles the line by it.
func QuoteLineFrom(s string) (string, []int) {
	plain, kept := WithoutInlineMarks(SpanMarksBlanked(s))
	line, from := OneLineFrom(plain)
	if kept != nil {
		for k, i := range from {
			from[k] = kept[i]
		}
	}
	return line, from
}

// markChars are the characters that open an inline mark (InlineMarks): a
// backslash escape, a code span, emphasis, a link, an image's bracket, a
// footnote, a reference link, an HTML tag, comment or autolink, and a
// character reference. With each of them escaped, a one-line text holds
// no mark but the escapes.
const markChars = "\\`*_[<&"

// MarksEscaped is the one-line plain text s written so that its reading
// without Markdown's marks (WithoutInlineMarks) is s itself, every
// character kept: s unchanged when it holds no mark, and otherwise with a
// backslash before each character that could open one. An import writes
// a title, publisher or author so, and the loader reads a value written
// so as the text it escapes: an e-mail's subject "Waits *urgent* update
// &amp; more" was stored as the source wrote it, and every later load
// warned of it, or, stored as a page shows it, lost the stars a plain
// text title keeps.
func MarksEscaped(s string) string {
	if read, _ := WithoutInlineMarks(s); read == s {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(markChars, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
