package library

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// htmlBlocks turns the article's HTML into body blocks: "## " headings,
// paragraphs, "- " and "1. " list items, and data tables as GitHub-flavoured
// Markdown pipe tables (one block of several lines). Inline text that sits
// between blocks is a paragraph of its own. With lineBreaks, <br> ends a
// line inside a block (e-mails set signatures and addresses that way);
// otherwise it is a space, as a browser's reader view shows it.
//
// Cells spanning rows and columns are written again in each row and
// column they cover, so a few bytes of HTML can stand for many cells: a
// 134 KB page of 2,000 rows, each opening with a cell spanning the rest of
// the table and 1,000 columns, was 580 MB of Markdown (220 s and 3.9 GB to
// refuse). What is written is counted as it is made, and past
// corpus.MaxSourceBytes, the most a source may hold, the writing stops:
// errTooLargeTable.
func htmlBlocks(root *html.Node, lineBreaks bool) ([]string, error) {
	w := blockWriter{lineBreaks: lineBreaks}
	w.children(root)
	if w.overflow {
		return nil, errTooLargeTable
	}
	return w.out, nil
}

// errTooLargeTable is a page whose tables, their spanning cells written
// out, would be more than a source may hold.
var errTooLargeTable = fmt.Errorf("its tables' cells spanning rows and columns (rowspan, colspan), each written in every row and column it covers, would make more than the %d MB a source may hold: split the page, or save the table as a spreadsheet", corpus.MaxSourceBytes>>20)

type blockWriter struct {
	lineBreaks bool
	out        []string
	// size is the bytes of out, and overflow is set once a table would
	// take them past corpus.MaxSourceBytes; nothing more is written.
	size     int
	overflow bool
}

func (w *blockWriter) add(prefix, s string) {
	s = asMarkdown(s)
	if prefix == "" {
		// A heading's or an item's words follow its mark: a "#" or ">"
		// there opens nothing.
		s = escapeBlockOpeners(s)
	}
	w.addWritten(prefix, s)
}

// addWritten adds a block the importer writes itself, as it is: its own
// marks ("<!-- number a -->") are Markdown.
func (w *blockWriter) addWritten(prefix, s string) {
	if strings.TrimSpace(s) != "" {
		w.out = append(w.out, prefix+s)
		w.size += len(prefix) + len(s)
	}
}

// noteMark stands before each footnote reference the importer writes
// ("[^3]", from a page's note link or "<sup>3</sup>") until its block is
// written (asMarkdown): the one mark of a page's body that is Markdown.
const noteMark = "\uE000"

// asMarkdown is a block's text as the body's Markdown writes it: a page's
// text is what the page shows, so each character of it the reader would
// read as a Markdown mark (evidence.InlineMarks: "*unvalidated*",
// "_North_", "[1]", "[^2]" written on the page) is escaped, and reads as
// the character the page shows; the importer's own note references
// (noteMark) stay marks. Before (hostile check 70, G28), a page's
// "*46% of children* waited" was quoted "46% of children waited", and its
// "see [^2]" lost the "[^2]".
//
// A backslash the page shows is written doubled wherever Markdown would
// read it as an escape or a hard line break (before ASCII punctuation, a
// line break or at the end), so "50\\%" stays "50\\%"; "~~" is written
// escaped, and so is a strike's tag ("<del>") and an HTML comment written
// as text, which Markdown would read as struck or hidden text (hostile
// check 85, M3).
func asMarkdown(s string) string {
	if !strings.ContainsAny(s, "[*_<&`\\~") {
		return s
	}
	var own []int // where the importer's references start, in the text without noteMark
	if strings.Contains(s, noteMark) {
		var b strings.Builder
		for {
			i := strings.Index(s, noteMark)
			if i < 0 {
				b.WriteString(s)
				break
			}
			b.WriteString(s[:i])
			own = append(own, b.Len())
			s = s[i+len(noteMark):]
		}
		s = b.String()
	}
	if strings.Contains(s, "\\") {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] == '\\' && (i+1 == len(s) || s[i+1] == '\n' || strings.IndexByte(markdownEscapable, s[i+1]) >= 0) {
				b.WriteByte('\\')
				for k := range own {
					if own[k] > i {
						own[k]++
					}
				}
			}
			b.WriteByte(s[i])
		}
		s = b.String()
	}
	escape := map[int]bool{}
	if strings.Contains(s, "~~") {
		for _, m := range tildeRunRe.FindAllStringIndex(s, -1) {
			for k := m[0]; k < m[1]; k++ {
				escape[k] = true
			}
		}
	}
	if strings.Contains(s, "<") {
		for _, m := range strikeTagRe.FindAllStringIndex(s, -1) {
			escape[m[0]] = true
		}
	}
	if strings.Contains(s, "*") {
		for _, m := range intrawordStars(s) {
			for k := m[0]; k < m[1]; k++ {
				escape[k] = true
			}
		}
	}
	for _, m := range evidence.InlineMarks(s) {
		mark := s[m.Start:m.End]
		switch {
		case mark == "\\" || slices.Contains(own, m.Start) && strings.HasPrefix(mark, "[^"):
			// an escape the text holds, or the importer's reference
		case strings.Trim(mark, "*") == "" || strings.Trim(mark, "_") == "" || strings.Trim(mark, "`") == "":
			for k := m.Start; k < m.End; k++ {
				escape[k] = true
			}
		default:
			escape[m.Start] = true
		}
	}
	if len(escape) == 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if escape[i] && strings.IndexByte(markdownEscapable, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// intrawordStars are the runs of stars between two letters or digits of
// s, "a*b*c" (a code's text on a page): CommonMark may read them as
// emphasis ("a<em>b</em>c"), so the page's text is written with them
// escaped; written as they stood, the measure of a figure beside them
// read "saw abc" (hostile check 85, L10).
func intrawordStars(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if s[i] != '*' {
			continue
		}
		j := i
		for j < len(s) && s[j] == '*' {
			j++
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		if i > 0 && j < len(s) && (unicode.IsLetter(before) || unicode.IsDigit(before)) && (unicode.IsLetter(after) || unicode.IsDigit(after)) {
			out = append(out, [2]int{i, j})
		}
		i = j - 1
	}
	return out
}

// markdownEscapable are the characters a backslash escapes in Markdown.
const markdownEscapable = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

var (
	// tildeRunRe is a run of tildes Markdown may read as a strike's
	// delimiter; strikeTagRe a strike's tag written as text, "<del>",
	// "</s>", which the extractor reads as struck.
	tildeRunRe  = lazyre.New(`~{2,}`)
	strikeTagRe = lazyre.New(`(?i)</?(?:del|s|strike)(?:\s[^<>]{0,200})?\s*>`)
	// blockOpenerRe opens a line Markdown reads as a block's mark, not
	// as text: a heading's "#", a quote's ">", a list's "-", "+" or "*",
	// a rule ("---", "***"), a setext underline ("==="), a code fence,
	// an HTML comment, a footnote's definition ("[^2]:"). A paragraph
	// the page numbers, "7. The ICB should …", stays a numbered item: its
	// number is kept as the item's (corpus.Block.Number), shown and
	// cited with it.
	blockOpenerRe = lazyre.New(`^(?:#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|(?:[-*_][ \t]*){3,}$|=+[ \t]*$|` + "```" + `|<!--|\[\^[^\]\s]{1,40}\]:)`)
)

// escapeBlockOpeners is a block's text, already written as Markdown
// (asMarkdown), with a backslash before the mark of each of its lines a
// Markdown reader would read as a block's mark: a page's paragraph "# 15%
// of respondents …" is text, not a heading, "[^1]: Some 43% …" no
// footnote's definition, "<!-- Around 37% … -->" shown, not hidden
// (hostile check 85, M3). The backslash escapes ASCII punctuation, so the
// text reads as the page shows it (evidence.InlineMarks).
func escapeBlockOpeners(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		if blockOpenerRe.MatchString(line) {
			b.WriteString("\\" + line)
			continue
		}
		b.WriteString(line)
	}
	return b.String()
}

// children writes n's children, gathering runs of inline content into
// paragraphs.
func (w *blockWriter) children(n *html.Node) {
	var inline []*html.Node
	flush := func() {
		if len(inline) > 0 {
			w.add("", w.text(inline...))
			inline = inline[:0]
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isBlockElement(c) || c.DataAtom == atom.Br && w.lineBreaks && brRun(c)) {
			flush()
			w.block(c)
			continue
		}
		if blockHolder(c) {
			flush()
			w.children(c)
			continue
		}
		inline = append(inline, c)
	}
	flush()
}

// brRun: two <br> in a row end a paragraph in an e-mail.
func brRun(br *html.Node) bool {
	for s := br.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		return s.Type == html.ElementNode && s.DataAtom == atom.Br
	}
	return false
}

func (w *blockWriter) block(n *html.Node) {
	switch n.DataAtom {
	case atom.Br:
		return
	case atom.Script, atom.Style, atom.Template, atom.Noscript:
		return
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.add("## ", textOf(n))
		return
	case atom.P, atom.Figcaption, atom.Dt, atom.Dd, atom.Address, atom.Caption, atom.Summary, atom.Pre:
		if !hasBlockChild(n) {
			t := w.text(n)
			if toggleTitle(n) {
				w.add("## ", strings.TrimLeft(t, toggleMarks))
				return
			}
			if n.DataAtom == atom.P && (boldHeading(n, t) || styledBoldHeading(n, t)) {
				w.add("## ", t)
				return
			}
			if n.DataAtom == atom.P {
				if label, rest := abstractRunIn(n); label != "" {
					w.add("## ", label)
					w.add("", strings.TrimLeft(strings.TrimSpace(w.text(rest...)), ": "))
					return
				}
			}
			w.add("", t)
			return
		}
	case atom.Blockquote:
		if !hasBlockChild(n) {
			w.add("", w.text(n))
			return
		}
	case atom.Ol, atom.Ul:
		w.list(n)
		return
	case atom.Dl:
		if w.descriptionList(n) {
			return
		}
	case atom.Li:
		w.item(n, "- ")
		return
	case atom.Table:
		if w.table(n, "") {
			return
		}
	case atom.Td, atom.Th:
		// A layout table's cell set in bold by its style, as a mail
		// template sets its section titles.
		if !hasBlockChild(n) {
			if t := w.text(n); styledBoldHeading(n, t) {
				w.add("## ", t)
				return
			}
		}
	case atom.Figure:
		// A table's figure caption is its caption, written before it.
		if w.figureTable(n) {
			return
		}
	}
	w.children(n)
}

// list writes a list's items: "- " for a bulleted list, the item's number
// for a numbered one, as the browser shows it (start, value and reversed
// honoured). A reversed list counts down, from the number of its items
// unless it has a start: "<ol reversed>" of three is 3, 2, 1, where it was
// numbered 1, 2, 3, and a recommendation kept the number a reader of the
// page would not find.
func (w *blockWriter) list(n *html.Node) {
	step, num := 1, 1
	if hasAttr(n, "reversed") {
		step, num = -1, 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Li {
				num++
			}
		}
	}
	if s, ok := htmlInt(attr(n, "start")); ok {
		num = s
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Li {
			w.block(c)
			continue
		}
		marker := "- "
		if n.DataAtom == atom.Ol {
			if v, ok := htmlInt(attr(c, "value")); ok {
				num = v
			}
			marker = strconv.Itoa(num) + ". "
			if shown, ok := listNumber(num, attr(n, "type"), attr(c, "type")); ok {
				// Markdown numbers in digits alone: the number the page
				// shows goes on a line of its own before the item
				// (corpus.Block.Number reads it there).
				w.addWritten("", "<!-- number "+shown+" -->")
			}
			num += step
		}
		w.item(c, marker)
	}
}

// listNumber is how a browser shows number num of a list whose type is
// listType, or an item's own type (an <li type> overrides its list's): a
// letter for "a" and "A" (z, then aa), a roman numeral for "i" and "I";
// ok is false for digits, where Markdown's own number is the one shown.
// A browser shows a number a letter or a numeral cannot write (0 or less,
// a numeral past 3999) in digits, and so does this.
func listNumber(num int, listType, itemType string) (string, bool) {
	t := strings.TrimSpace(itemType)
	if t == "" {
		t = strings.TrimSpace(listType)
	}
	switch t {
	case "a", "A":
		if num < 1 {
			return "", false
		}
		var b []byte
		for n := num; n > 0; n = (n - 1) / 26 {
			b = append([]byte{byte('a' + (n-1)%26)}, b...)
		}
		if t == "A" {
			return strings.ToUpper(string(b)), true
		}
		return string(b), true
	case "i", "I":
		if num < 1 || num > 3999 {
			return "", false
		}
		var b strings.Builder
		n := num
		for _, r := range []struct {
			v int
			s string
		}{{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
			for ; n >= r.v; n -= r.v {
				b.WriteString(r.s)
			}
		}
		if t == "I" {
			return strings.ToUpper(b.String()), true
		}
		return b.String(), true
	}
	return "", false
}

// htmlInt reads an attribute's number as a browser does (HTML's rules for
// parsing integers): white space before it skipped, and whatever follows its
// digits ignored, so start=" 4" and value="7." are 4 and 7.
func htmlInt(s string) (int, bool) {
	s = strings.TrimLeft(s, " \t\n\f\r")
	end := 0
	if end < len(s) && (s[end] == '-' || s[end] == '+') {
		end++
	}
	digits := end
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == digits {
		return 0, false
	}
	n, err := strconv.Atoi(s[:end])
	return n, err == nil
}

// item writes a list item's own text, then any list nested in it as items
// of their own.
func (w *blockWriter) item(li *html.Node, marker string) {
	if holdsHeading(li) {
		// A disclosure list (an accordion, each item a heading over its
		// panel) or a list of sections: its items are sections, and a
		// heading flattened into its item's line was glued to the
		// panel's first sentence.
		w.children(li)
		return
	}
	var own []*html.Node
	var nested []*html.Node
	for c := li.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol || c.DataAtom == atom.Table) {
			nested = append(nested, c)
			continue
		}
		own = append(own, c)
	}
	w.add(marker, oneLine(w.text(own...)))
	for _, c := range nested {
		w.block(c)
	}
}

// text is the text of nodes, white space folded; with lineBreaks, <br>
// and block boundaries end lines.
func (w *blockWriter) text(nodes ...*html.Node) string {
	if !w.lineBreaks {
		parts := make([]string, 0, len(nodes))
		for _, n := range nodes {
			parts = append(parts, textOf(n))
		}
		return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && isBlockElement(n) {
			b.WriteByte('\n')
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// blockHolder is an inline wrapper holding blocks of its own: a page
// builder's rich-text module sets its headings, paragraphs and lists
// inside a <span> ("<span class=...rich_text><h2>...</h2><p>...</p>"),
// and read as inline its whole text ran into one paragraph under no
// heading. Its children are read as the blocks they are.
func blockHolder(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Span || n.DataAtom == atom.Font) && hasBlockChild(n)
}

func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isBlockElement(c) || blockHolder(c)) {
			return true
		}
	}
	return false
}

// table writes a data table as a pipe table, its caption as a paragraph
// before it, and a note row (one cell across the table: "Source: ...") as a
// paragraph after it. A layout table (one column, one row, tables nested
// in cells but for small ones in a table with a header, long prose in
// cells, role=presentation) is not a table: false.
func (w *blockWriter) table(t *html.Node, caption string) bool {
	if r := attr(t, "role"); r == "presentation" || r == "none" {
		return false
	}
	var rows, pending [][]string
	var down []carry // what cells above still cover, by column (rowspan)
	// heads holds, by row of rows, whether the row is marked a header
	// and which of its cells continue a cell spanning columns: the
	// leading header rows are one header (mergeHeaders).
	var heads []headRow
	layout, nested := false, false
	// headed: the first row is marked a header (a <th>, or <thead>).
	headed, inHead := false, false
	if w.overflow {
		return true // nothing more is written
	}
	size := w.size // the bytes out will hold with this table's rows
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !layout && !w.overflow; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Table:
				layout = true
			case atom.Caption:
				caption = textOf(c)
			case atom.Thead, atom.Tbody, atom.Tfoot:
				inHead = c.DataAtom == atom.Thead
				walk(c)
				inHead = false
				down = nil // a cell spans no further than its section
			case atom.Tr:
				row, spans, cells, cont, inner := w.row(c)
				nested = nested || inner
				written := len(row)
				var from []int
				row, down, from = placeRow(row, spans, down)
				for _, cell := range row {
					size += len(cell) + 3 // " " + cell + " |"
				}
				if size > corpus.MaxSourceBytes {
					w.overflow = true
					return
				}
				head := headRow{marked: inHead || headerCells(c)}
				for _, k := range from {
					head.cont = append(head.cont, k >= 0 && cont[k])
				}
				// A cell carried down from above makes a row of one
				// written cell a row of the table, not a note across it.
				if cells > 0 {
					cells += len(row) - written
				}
				switch {
				case row == nil:
					layout = true
				case cells == 0:
				case cells == 1 && len(rows) > 0:
					// One cell across the table: a group label if rows
					// follow, else a note under the table.
					pending = append(pending, row)
				default:
					if len(rows) == 0 && len(pending) == 0 {
						headed = inHead || findFirst(c, func(n *html.Node) bool { return n.DataAtom == atom.Th }) != nil
					}
					rows = append(rows, pending...)
					heads = append(heads, make([]headRow, len(pending))...)
					pending = nil
					rows = append(rows, row)
					heads = append(heads, head)
				}
			}
		}
	}
	walk(t)
	if w.overflow {
		return true
	}
	if nested && !headed {
		// A small table in a cell of a table with no header marked is a
		// page built of tables (an e-mail's button, a template's box),
		// not a value in a data table.
		layout = true
	}
	var notes []string
	for _, r := range pending {
		notes = append(notes, strings.ReplaceAll(r[0], `\|`, "|"))
	}
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if layout || len(rows) < 2 || cols < 2 {
		return false
	}
	var titles []string
	before := len(rows)
	rows, titles = mergeHeaders(rows, heads, cols)
	if len(rows) < 2 {
		return false
	}
	// conts is, by row written, which cells continue one spanning columns:
	// the header's merged rows are one row, and a headerless table's
	// empty header is none.
	conts := make([][]bool, len(rows))
	for i := range rows {
		if k := i + before - len(rows); i > 0 || k == 0 {
			conts[i] = heads[k].cont
		}
	}
	if !headed && headerless(rows) {
		// A first row of data like the rows under it, no cell of it
		// marked a header, is data: an empty header over it, as a PDF's
		// headerless table gets (its 45% was a heading, and the figures
		// under it were measured as "45%").
		rows = append([][]string{make([]string, cols)}, rows...)
		conts = append([][]bool{nil}, conts...)
	}
	w.add("", caption)
	for _, t := range titles {
		w.add("", strings.ReplaceAll(t, `\|`, "|"))
	}
	var b strings.Builder
	for i, r := range rows {
		b.WriteString("|")
		for j := 0; j < cols; j++ {
			cell := ""
			if j < len(r) {
				cell = r[j]
			}
			if i > 0 && j < len(conts[i]) && conts[i][j] {
				// A cell spanning columns is followed by nothing between
				// the pipes, as MultiMarkdown writes a merged cell (GitHub
				// shows an empty cell): the reader tells the span from a
				// value not given, and a figure over 2023 and 2024 is not
				// read as 2023's.
				b.WriteString("|")
				continue
			}
			// The cell's pipes are escaped (row): written apart from
			// asMarkdown, which would double their backslash.
			b.WriteString(" " + strings.ReplaceAll(asMarkdown(strings.ReplaceAll(cell, `\|`, "|")), "|", `\|`) + " |")
		}
		if i == 0 {
			b.WriteString("\n|" + strings.Repeat("---|", cols))
		}
		if i < len(rows)-1 {
			b.WriteByte('\n')
		}
	}
	w.out = append(w.out, b.String())
	w.size += b.Len()
	for _, n := range notes {
		w.add("", n)
	}
	return true
}

// figureTable writes a figure holding one table and a caption: the caption,
// then the table; false when the figure is not that.
func (w *blockWriter) figureTable(fig *html.Node) bool {
	var table, caption *html.Node
	for c := fig.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type != html.ElementNode:
		case c.DataAtom == atom.Figcaption && caption == nil:
			caption = c
		case table == nil:
			table = findFirst(c, func(n *html.Node) bool { return n.DataAtom == atom.Table })
		}
	}
	if table == nil || caption == nil {
		return false
	}
	if !w.table(table, textOf(caption)) {
		return false
	}
	for c := fig.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c != caption && !contains(c, table) {
			w.block(c)
		}
	}
	return true
}

// headRow is what a table row says of itself as a header: whether it is
// marked one (in <thead>, or every cell a <th> or set in bold), and, by
// column, whether its cell continues one spanning columns from its left.
type headRow struct {
	marked bool
	cont   []bool
}

// headerCells reports a row whose every cell is a header cell (<th>) or,
// for a page that marks its header by type alone, every cell with text
// set in bold.
func headerCells(tr *html.Node) bool {
	th, bold, n := true, true, 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
			continue
		}
		n++
		th = th && c.DataAtom == atom.Th
		if strings.TrimSpace(textOf(c)) != "" {
			bold = bold && boldCell(c)
		}
	}
	return n > 0 && (th || bold)
}

// boldCell reports a cell whose text is all inside <b> or <strong>.
func boldCell(n *html.Node) bool {
	ok, seen := true, false
	var walk func(n *html.Node, in bool)
	walk = func(n *html.Node, in bool) {
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			ok, seen = ok && in, true
		}
		in = in || n.Type == html.ElementNode && (n.DataAtom == atom.B || n.DataAtom == atom.Strong)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
	}
	walk(n, false)
	return ok && seen
}

// mergeHeaders makes the header rows at the top of a table one header row,
// each column's cell the cells above it from the top down ("2024" spanning
// two columns over "Referrals" and "Waiting" gives "2024 Referrals" and
// "2024 Waiting"): a pipe table has one header row, and the row under it
// was read as a row of labels, so a figure of the table lost its year. A
// header row is one marked so, or a first row naming groups over several
// columns with no figure in it above one marked so. A header row of one
// cell across the table is its title, returned apart.
func mergeHeaders(rows [][]string, heads []headRow, cols int) ([][]string, []string) {
	// A row holding a figure is data, even set in bold (a total under
	// the header); a year is a header's word.
	header := func(i int) bool {
		return !slices.ContainsFunc(rows[i], func(c string) bool { return numericCellRe.MatchString(c) && !yearCellRe.MatchString(c) })
	}
	n := 0
	if len(rows) > 2 && !heads[0].marked && heads[1].marked && slices.Contains(heads[0].cont, true) && header(0) {
		n = 1
	}
	for n < len(rows) && heads[n].marked && header(n) {
		n++
	}
	if n < 2 || n >= len(rows) {
		return rows, nil
	}
	var titles []string
	merged := make([]string, cols)
	for i, r := range rows[:n] {
		if written := len(r) - countTrue(heads[i].cont); written == 1 && len(r) == cols && r[0] != "" {
			titles = append(titles, r[0])
			continue
		}
		last := ""
		for j := 0; j < cols && j < len(r); j++ {
			cell := r[j]
			if j < len(heads[i].cont) && heads[i].cont[j] {
				cell = last
			} else {
				last = cell
			}
			switch {
			case cell == "" || strings.HasSuffix(merged[j], cell):
			case merged[j] == "":
				merged[j] = cell
			default:
				merged[j] += " " + cell
			}
		}
	}
	return append([][]string{merged}, rows[n:]...), titles
}

func countTrue(bs []bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// carry is what a cell spanning rows leaves in a column of the rows
// under it: how many rows it still covers, and the text written there.
type carry struct {
	rows int
	text string
}

// placeRow puts a row's cells in the columns that cells of the rows above
// spanning down (rowspan) leave free, and writes in each column they
// cover what they carry down (carriedDown), so every value stays under
// its own heading and each row names its group; down is what the rows
// above still cover, by column, and the row's spans and down are what
// the rows below it are covered by. A row that holds nothing but its
// cells is not cut, and a table that is layout (nil) stays so.
func placeRow(cells []string, spans []int, down []carry) (out []string, next []carry, from []int) {
	if cells == nil {
		return nil, down, nil
	}
	k := 0
	for j := 0; k < len(cells) || j < len(down); j++ {
		if j < len(down) && down[j].rows > 0 {
			out = append(out, down[j].text)
			next = append(next, carry{down[j].rows - 1, down[j].text})
			from = append(from, -1)
			continue
		}
		if k >= len(cells) {
			if j < len(down) {
				next = append(next, carry{})
			}
			continue
		}
		out = append(out, cells[k])
		next = append(next, carry{spans[k] - 1, carriedDown(cells[k])})
		from = append(from, k)
		k++
	}
	return out, next, from
}

// maxRowSpan bounds a cell's rowspan as browsers do (65534); rowspan="0",
// which spans to the end of the cell's section, is that bound too, cut at
// the section's end. Each column keeps a count, not a row per row spanned,
// so the bound costs nothing.
const maxRowSpan = 65534

// rowSpan reads a rowspan attribute by HTML's rules for a non-negative
// integer ("2", " 2", "2abc" are 2): 1 when it holds no number, the
// section's end for "0".
func rowSpan(v string) int {
	v = strings.TrimPrefix(strings.TrimLeft(v, " \t\n\f\r"), "+")
	n, digits := 0, false
	for _, r := range v {
		if r < '0' || r > '9' {
			break
		}
		n, digits = min(n*10+int(r-'0'), maxRowSpan), true
	}
	switch {
	case !digits:
		return 1
	case n == 0:
		return maxRowSpan
	}
	return n
}

// row is a table row's cells, a cell spanning columns followed by empty
// ones, how many rows each cell spans (rowSpan), and
// the number of cells as written, which cells continue one spanning
// columns, and whether a cell holds a small table (smallTable); nil when a
// cell holds lists, headings, larger tables or long prose (a layout
// table).
func (w *blockWriter) row(tr *html.Node) (cells []string, spans []int, n int, cont []bool, nested bool) {
	cells = []string{}
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
			continue
		}
		if findFirst(c, func(n *html.Node) bool {
			return n.DataAtom == atom.Table && !smallTable(n) || n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || headingLevel(n) > 0
		}) != nil {
			return nil, nil, 0, nil, false
		}
		nested = nested || findFirst(c, func(n *html.Node) bool { return n.DataAtom == atom.Table }) != nil
		t := textOf(c)
		if len(strings.Fields(t)) > 60 {
			return nil, nil, 0, nil, false
		}
		n++
		down := rowSpan(attr(c, "rowspan"))
		cells = append(cells, strings.ReplaceAll(t, "|", `\|`))
		spans = append(spans, down)
		cont = append(cont, false)
		span, _ := strconv.Atoi(attr(c, "colspan"))
		for i := 1; i < min(span, 50); i++ {
			cells = append(cells, "")
			spans = append(spans, down)
			cont = append(cont, true)
		}
	}
	return cells, spans, n, cont, nested
}

// smallTable reports a table inside a cell that holds a value and not a
// page's layout: a row or two of a few short cells ("23.1", "385 |
// [p]"), no table, list or heading in it. Its text is the cell's, so the
// outer table stays a table and its rows keep their figures; written as
// loose lines, a data table's figures are no row's.
func smallTable(t *html.Node) bool {
	rows, cells := 0, 0
	ok := true
	walkElements(t, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.Tr:
			rows++
		case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
			cells++
		case n.DataAtom == atom.Table || n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || headingLevel(n) > 0:
			ok = false
		}
		return ok
	})
	return ok && rows <= 2 && cells <= 4 && len(strings.Fields(textOf(t))) <= 12
}

// A footnote reference is a short label ("3", "[3]", "iv", "*") linking to
// a note on the same page, set in <sup> or marked by its class or role.
var footnoteLabelRe = lazyre.New(`^[\[(]?([0-9]{1,3}|[a-z]|[ivx]{1,5}|[*†‡§])[\])]?$`)

// footnote is a note's label and text.
type footnote struct{ label, text string }

// takeFootnotes replaces each footnote reference with "[^label]" and removes
// the notes it links to, returning them in the order first referred to. The
// emptied notes list goes with them, and its heading ("Notes",
// "References") is returned to head the notes at the end of the body.
func takeFootnotes(doc *html.Node) ([]footnote, string) {
	ids := map[string]*html.Node{}
	walkElements(doc, func(n *html.Node) bool {
		if id := attr(n, "id"); id != "" && ids[id] == nil {
			ids[id] = n
		}
		if n.DataAtom == atom.A && attr(n, "name") != "" && ids[attr(n, "name")] == nil {
			ids[attr(n, "name")] = n
		}
		return true
	})
	type ref struct {
		node, target *html.Node
		label        string
	}
	var refs []ref
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom != atom.A || !strings.HasPrefix(attr(n, "href"), "#") {
			return true
		}
		m := footnoteLabelRe.FindStringSubmatch(textOf(n))
		target := ids[strings.TrimPrefix(attr(n, "href"), "#")]
		if m == nil || target == nil || target == n || headingLevel(target) > 0 || !isNoteRef(n) || isBackLink(target) {
			return true
		}
		node := n
		if p := n.Parent; p != nil && p.DataAtom == atom.Sup && textOf(p) == textOf(n) {
			node = p
		}
		refs = append(refs, ref{node, noteBlock(target), m[1]})
		return false
	})
	var notes []footnote
	seen := map[*html.Node]bool{}
	for _, r := range refs {
		if !seen[r.target] && !contains(r.target, r.node) {
			seen[r.target] = true
			notes = append(notes, footnote{r.label, noteText(r.target, r.label)})
		}
	}
	for _, r := range refs {
		if r.node.Parent != nil {
			r.node.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: noteMark + "[^" + r.label + "]"}, r.node)
			detach(r.node)
		}
	}
	heading := ""
	for _, r := range refs {
		if r.target.Parent == nil {
			continue // removed with an earlier note
		}
		parent := r.target.Parent
		detach(r.target)
		if h := removeEmptied(parent); heading == "" {
			heading = h
		}
	}
	return notes, heading
}

// markSupMarkers writes each superscript that is a footnote marker
// ("<sup>12</sup>", "<sup>3,5</sup>", "<sup>*</sup>": markerTextRe, the
// rule a PDF's raised marker is read by) as the body writes a PDF's,
// "[^12]": its text run into the number before it ("340<sup>12</sup>
// children") would read as more digits of that number, 34012. A
// superscript that is no marker ("2<sup>nd</sup>") stays text. Notes
// that a reference links to were taken first (takeFootnotes).
func markSupMarkers(doc *html.Node) {
	var sups []*html.Node
	walkElements(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Sup {
			sups = append(sups, n)
			return false
		}
		return true
	})
	for _, n := range sups {
		t := strings.TrimSpace(textOf(n))
		if n.Parent == nil || !markerTextRe.MatchString(t) && !letterMarkerRe.MatchString(t) {
			continue
		}
		var b strings.Builder
		for _, m := range strings.Split(t, ",") {
			b.WriteString(noteMark + "[^" + m + "]")
		}
		n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: b.String()}, n)
		detach(n)
	}
}

// letterMarkerRe is a superscript of one letter: a note marker, as
// statistics mark a revised or provisional year ("2022/23<sup>r</sup>") or
// an estimate ("88.9<sup>e</sup>"); run into the text it made "2022/23r", no
// period, and "88.9e", no figure. An ordinal's two letters stay text.
var letterMarkerRe = lazyre.New(`^[a-z]$`)

// isBackLink: the link's target is itself a link to a place on the page:
// the note's link back to its reference ("4" in front of a note that
// links to the reference's id), not a reference.
func isBackLink(target *html.Node) bool {
	return target.DataAtom == atom.A && strings.HasPrefix(attr(target, "href"), "#")
}

// isNoteRef: the link is set as a superscript or named a note reference.
func isNoteRef(a *html.Node) bool {
	if (a.Parent != nil && a.Parent.DataAtom == atom.Sup) || findFirst(a, func(n *html.Node) bool { return n.DataAtom == atom.Sup }) != nil {
		return true
	}
	marks := strings.ToLower(attr(a, "class") + " " + attr(a, "role") + " " + attr(a, "rel") + " " + attr(a, "id") + " " + attr(a, "href"))
	for _, w := range []string{"footnote", "endnote", "noteref", "fnref", "#fn", "#note", "#ftn", "#en"} {
		if strings.Contains(marks, w) {
			return true
		}
	}
	return false
}

// noteBlock is the block holding a note: an empty anchor's enclosing item
// or paragraph.
func noteBlock(n *html.Node) *html.Node {
	for b := n; b != nil; b = b.Parent {
		if b.DataAtom == atom.Body || b.DataAtom == atom.Ol || b.DataAtom == atom.Ul {
			break
		}
		if isBlockElement(b) || textOf(b) != "" && b.DataAtom != atom.A {
			return b
		}
	}
	return n
}

var backlinkRe = lazyre.New(`(?i)^(?:[↩↑^]\x{FE0E}?|back(?: to (?:text|top|content))?|return to (?:text|article)|jump up)$`)

// noteText is a note's text without its back links and its own label.
func noteText(n *html.Node, label string) string {
	var back []*html.Node
	walkElements(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A && (strings.HasPrefix(attr(c, "href"), "#") && backlinkRe.MatchString(textOf(c)) ||
			strings.Contains(strings.ToLower(attr(c, "class")+attr(c, "role")), "backref") ||
			strings.Contains(strings.ToLower(attr(c, "class")+attr(c, "role")), "backlink")) {
			back = append(back, c)
			return false
		}
		return true
	})
	for _, b := range back {
		detach(b)
	}
	t := textOf(n)
	for _, lead := range []string{label + ". ", label + ") ", "[" + label + "] ", label + " "} {
		if strings.HasPrefix(t, lead) {
			return strings.TrimSpace(t[len(lead):])
		}
	}
	return t
}

// removeEmptied removes n and its ancestors while they hold no text, or only
// a notes heading, and returns that heading's text.
func removeEmptied(n *html.Node) string {
	heading := ""
	for n != nil && n.Type == html.ElementNode && n.DataAtom != atom.Body && !isArticle(n) {
		t := textOf(n)
		if t != "" && !notesHeadingRe.MatchString(t) {
			return heading
		}
		if t != "" {
			heading = t
		}
		p := n.Parent
		if prev := prevElement(n); prev != nil && headingLevel(prev) > 0 && notesHeadingRe.MatchString(withoutEditLink(textOf(prev))) {
			heading = withoutEditLink(textOf(prev))
			detach(prev)
		}
		detach(n)
		n = p
	}
	return heading
}

var notesHeadingRe = lazyre.New(`(?i)^(?:foot|end)?notes?:?$|^references$|^sources?$`)

func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			return s
		}
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return nil
		}
	}
	return nil
}

func contains(outer, inner *html.Node) bool {
	for n := inner; n != nil; n = n.Parent {
		if n == outer {
			return true
		}
	}
	return false
}

// boldHeading reports a paragraph set wholly in bold that reads as a
// heading, as e-mail clients and page editors without heading styles
// write them ("<p><b>1. Waiting times</b></p>"): a short line with no
// closing punctuation. t is its text.
func boldHeading(p *html.Node, t string) bool {
	words := len(strings.Fields(t))
	if words == 0 || words > 10 || len(t) > 80 {
		return false
	}
	if last := t[len(t)-1]; strings.IndexByte(".,;:!?", last) >= 0 {
		return false
	}
	bold := false
	plain := false
	var walk func(n *html.Node, inBold bool)
	walk = func(n *html.Node, inBold bool) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.B || n.DataAtom == atom.Strong) {
			inBold = true
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
			if inBold {
				bold = true
			} else {
				plain = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBold)
		}
	}
	walk(p, false)
	return bold && !plain
}

// holdsHeading reports an element with a heading (h1 to h6) inside it.
func holdsHeading(n *html.Node) bool {
	return findFirst(n, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return c != n
		}
		return false
	}) != nil
}
