package corpus

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// BlockKind says what a block of the body is.
type BlockKind int

// The kinds of block a body is made of.
const (
	Paragraph BlockKind = iota
	Heading
	ListItem
	// TableRow is one data row of a Markdown pipe table; it knows its
	// table's header cells and its own.
	TableRow
	// Footnote is a footnote definition ("[^3]: Source: ..."): a reference,
	// not part of the text that cites it.
	Footnote
)

func (k BlockKind) String() string {
	return [...]string{"paragraph", "heading", "list item", "table row", "footnote"}[k]
}

// Cell is one cell of a table row: its text, trimmed of the spaces around
// it and exactly as in the body (an escaped pipe stays "\|"), and its byte
// offset within the row's Text.
type Cell struct {
	Text   string
	Offset int
}

// Block is one heading, paragraph or list item of a body. Text is an exact
// substring of the body, Body[Offset:Offset+len(Text)], without the heading or
// list marker, which is why Number is kept separately.
type Block struct {
	Kind   BlockKind
	Text   string
	Offset int
	// Line is the file line on which the block starts.
	Line int
	// Level is a heading's level (2 for "## ").
	Level int
	// Number is a numbered list item's number ("3" for "3. "), or a
	// footnote's label ("3" for "[^3]: ").
	Number string
	// Page is the page the block is on, from "<!-- page N -->" markers that
	// imported PDFs keep in the body; 0 when the body has none.
	Page int
	// Cells are a table row's cells; Header holds its table's header cells
	// and HeaderLine the header row as written, an exact substring of the
	// body, so a quote of the row can show what its cells mean.
	Cells      []Cell
	Header     []string
	HeaderLine string
}

var (
	headingRe  = lazyre.New(`^(#{1,6})[ \t]+`)
	bulletRe   = lazyre.New(`^[ \t]*([-*•▪◦‣●])[ \t]+`)
	numberedRe = lazyre.New(`^[ \t]*(\d{1,3})[.)][ \t]+`)
	// pageMarkerRe is any line written as a page marker, its word in any
	// case, whether its page can be read or not: a page in digits or
	// letters ("v", "12a"). Group 1 is the page.
	pageMarkerRe = lazyre.New(`(?i)^<!--\s*page\s+([0-9]\S*|[ivxlcdm]+)\s*-->\s*$`)
	// shownRe is the number a page shows for the numbered item after it,
	// where Markdown's numbers cannot say it: an imported web page's
	// <ol type="a"> shows a, b, c and <ol type="i"> i, ii, iii.
	shownRe    = lazyre.New(`^<!--\s*number\s+([A-Za-z]{1,12})\s*-->\s*$`)
	footnoteRe = lazyre.New(`^ {0,3}\[\^([^\]\s]{1,40})\]:[ \t]*`)
)

// Blocks splits a body into blocks. Paragraphs are separated by blank lines;
// "#" lines are headings; "- ", "• " and "1. " lines start list items, and the
// indented lines under an item continue it. A GitHub-flavoured pipe table
// (a header row, a delimiter row such as "|---|---|", then rows) gives one
// TableRow block per data row, and "[^3]: " starts a Footnote. startLine
// is the file line of the body's first line.
func Blocks(body string, startLine int) []Block {
	blocks, _ := blocksUpTo(body, startLine, -1, nil)
	return blocks
}

// MaxPage is the highest page a page marker gives: a report of a
// million pages is none anyone wrote, and a number past it (or past what
// an int holds) is a typing slip, cited as no page.
const MaxPage = 999_999

// UnreadPageMessage is what 'cypx check' says at a page marker whose page
// cannot be read.
func UnreadPageMessage(marker string) string {
	return fmt.Sprintf("page marker %q gives no page cypx can read: write the page in digits, 1 to %d (\"<!-- page 5 -->\"); the items after it cite no page until the next marker", marker, MaxPage)
}

// midParagraphMarker is what 'cypx check' says at a page marker written
// inside a paragraph (before, the text of the paragraph so far; after,
// the line after the marker) that cuts a sentence: the words before it
// end no sentence and the paragraph goes on after it. The marker ends
// the paragraph, as CommonMark reads an HTML comment line, so the item
// before it is a quote ending mid-sentence ("…, and") and the rest of
// the sentence another item. "" when the marker falls between sentences
// or the paragraph ends at it. Before (hostile check 70 G24), `cypx
// check` said nothing of it.
func midParagraphMarker(before, after string) string {
	before = strings.TrimRight(before, " \t\r\n")
	next := strings.TrimSpace(after)
	if before == "" || next == "" || strings.HasPrefix(next, "#") || strings.HasPrefix(next, "<!--") || strings.HasPrefix(next, "|") ||
		bulletRe.MatchString(next) || numberedRe.MatchString(next) || footnoteRe.MatchString(next) {
		return ""
	}
	end := strings.TrimRight(before, "\"'”’)]*_")
	if end == "" || strings.ContainsAny(end[len(end)-1:], ".!?:;") || strings.HasSuffix(end, "…") {
		return ""
	}
	words := strings.Fields(before)
	tail := strings.Join(words[max(len(words)-4, 0):], " ")
	return fmt.Sprintf("a page marker inside a paragraph cuts its sentence: the item before it ends %s and the rest is another item; move the marker to the end of the paragraph, or end the sentence before it", evidence.QuoteInput("… "+tail))
}

// MaxBlocks is the most blocks (paragraphs, list items, headings, table
// rows) a source may hold. Each costs a record while the source is read,
// whether or not it becomes an item: 1.4 million one-word paragraphs (8.6
// MB) took 29 s and 462 MB to import, 37 MB of them 206 s and 1.8 GB. A
// report of 1,000 pages holds some 10,000 blocks; a source past the limit
// is refused, as one past MaxSourceBytes is, with a message naming the
// line where it was reached.
const MaxBlocks = 250_000

// blocksUpTo is Blocks stopping once it holds more than limit blocks
// (limit < 0: no limit); over reports that it stopped, and the last block
// is the first past the limit. unread, when not nil, is told the problem
// of each page marker whose page cannot be read (UnreadPageMessage) or
// that cuts a paragraph's sentence (midParagraphMarker), with its file
// line.
func blocksUpTo(body string, startLine, limit int, unread func(line int, message string)) (blocks []Block, over bool) {
	var cur *Block
	curEnd := 0
	page := 0
	var table *tableHead // the table whose rows are being read, or nil
	// lastClose is where the body's last "-->" starts: a comment opened
	// before it is closed (found once, so many unclosed "<!--" lines are
	// not each a search to the end of the body).
	lastClose := strings.LastIndex(body, "-->")
	// commentEnd is where the comment a line (at off) opens closes, or
	// -1 for a line that opens none, or one never closed.
	commentEnd := func(line string, off int) int {
		t := strings.TrimLeft(line, " \t")
		open := off + len(line) - len(t) + len("<!--")
		if !strings.HasPrefix(t, "<!--") || lastClose < open {
			return -1
		}
		return open + strings.Index(body[open:], "-->")
	}
	flush := func() {
		if cur != nil {
			cur.Text = body[cur.Offset:curEnd]
			if strings.TrimSpace(cur.Text) != "" {
				blocks = append(blocks, *cur)
			}
			cur = nil
		}
	}
	shown := ""     // the number a "<!-- number c -->" line gives the item after it
	quoted := false // the block being read is a blockquote's
	start := func(kind BlockKind, off, line int) {
		flush()
		quoted = false
		shown = ""
		cur = &Block{Kind: kind, Offset: off, Line: line, Page: page}
	}
	off := 0
	for n := startLine; off < len(body); n++ {
		if limit >= 0 && len(blocks) > limit {
			return blocks, true
		}
		raw := firstLine(body[off:])
		next := off + len(raw) + 1
		line := strings.TrimRight(raw, "\r")
		trimmed := strings.TrimRight(line, " \t\u00a0")
		contentEnd := off + len(trimmed)
		if table != nil && !hasPipe(trimmed) {
			table = nil // a line without a cell ends the table
		}
		switch {
		case strings.TrimSpace(strings.ReplaceAll(trimmed, "\u00a0", " ")) == "":
			flush()
		case table != nil:
			lead := len(trimmed) - len(strings.TrimLeft(trimmed, " \t"))
			start(TableRow, off+lead, n)
			row := trimmed[lead:]
			cur.Cells = splitCells(row)
			cur.Header, cur.HeaderLine = table.cells, table.line
			curEnd = contentEnd
			flush()
		case hasPipe(trimmed) && next < len(body) && isDelimiterRow(firstLine(body[next:]), len(splitCells(strings.TrimSpace(trimmed)))):
			// A header row: kept as the rows' header, not as a block of its
			// own; the delimiter row after it is skipped.
			flush()
			row := strings.TrimSpace(trimmed)
			table = &tableHead{line: row}
			for _, c := range splitCells(row) {
				table.cells = append(table.cells, c.Text)
			}
			off = next + len(firstLine(body[next:])) + 1
			n++
			continue
		case footnoteRe.MatchString(trimmed):
			m := footnoteRe.FindStringSubmatch(trimmed)
			start(Footnote, off+len(m[0]), n)
			cur.Number = m[1]
			curEnd = contentEnd
		case pageMarkerRe.MatchString(strings.TrimSpace(trimmed)):
			// A page marker: the blocks after it are on its page. One
			// whose page cannot be read ("v", "12a", a number past any
			// page) puts them on no page, never the page before it.
			if cur != nil && (cur.Kind == Paragraph || cur.Kind == ListItem) && unread != nil {
				if msg := midParagraphMarker(body[cur.Offset:curEnd], firstLine(body[min(next, len(body)):])); msg != "" {
					unread(n, msg)
				}
			}
			flush()
			page = 0
			// The one reading of the marker: its page is the number of
			// its digits alone. A second, case-sensitive pattern for the
			// page found "<!-- PAGE 5 -->" a marker but read no page.
			m := pageMarkerRe.FindStringSubmatch(strings.TrimSpace(trimmed))
			if p, err := strconv.Atoi(m[1]); err == nil && p > 0 && p <= MaxPage {
				page = p
			}
			if page == 0 && unread != nil {
				unread(n, UnreadPageMessage(strings.TrimSpace(trimmed)))
			}
		case shownRe.MatchString(strings.TrimSpace(trimmed)):
			flush()
			shown = shownRe.FindStringSubmatch(strings.TrimSpace(trimmed))[1]
		case commentEnd(trimmed, off) >= 0:
			// An HTML comment, as Markdown reads one: from the line that
			// opens it to the line that closes it, none of it shown, so
			// none of it is evidence (an editor's note of a figure to
			// check was a statistic). One never closed is text: a stray
			// "<!--" hides nothing after it.
			flush()
			end := commentEnd(trimmed, off)
			n += strings.Count(body[off:end], "\n")
			off = end + len(firstLine(body[end:])) + 1
			continue
		case evidence.QuoteMarkerLen(trimmed) > 0:
			// A blockquote's line: its block starts after the markers
			// (evidence.QuoteMarkerLen, nested "> >" too), and its later
			// lines continue it, their markers left out wherever the
			// block is read or shown (evidence.QuoteMarkers). A line of
			// markers alone parts its paragraphs.
			k := evidence.QuoteMarkerLen(trimmed)
			rest := trimmed[k:]
			switch {
			case strings.TrimSpace(rest) == "":
				flush()
			case cur != nil && quoted && !bulletRe.MatchString(rest) && !numberedRe.MatchString(rest):
			case bulletRe.MatchString(rest):
				start(ListItem, off+k+len(bulletRe.FindString(rest)), n)
			case numberedRe.MatchString(rest):
				m := numberedRe.FindStringSubmatch(rest)
				start(ListItem, off+k+len(m[0]), n)
				cur.Number = m[1]
			default:
				start(Paragraph, off+k, n)
			}
			if cur != nil {
				quoted = true
				curEnd = contentEnd
			}
		case headingRe.MatchString(trimmed):
			m := headingRe.FindStringSubmatch(trimmed)
			start(Heading, off+len(m[0]), n)
			cur.Level = len(m[1])
			curEnd = contentEnd
			flush()
		case bulletRe.MatchString(trimmed):
			m := bulletRe.FindStringSubmatch(trimmed)
			start(ListItem, off+len(m[0]), n)
			curEnd = contentEnd
		case numberedRe.MatchString(trimmed):
			m := numberedRe.FindStringSubmatch(trimmed)
			as := shown
			start(ListItem, off+len(m[0]), n)
			cur.Number = m[1]
			if as != "" {
				cur.Number = as
			}
			curEnd = contentEnd
		default:
			if cur == nil {
				lead := len(trimmed) - len(strings.TrimLeft(trimmed, " \t\u00a0"))
				start(Paragraph, off+lead, n)
			}
			curEnd = contentEnd
		}
		off = next
	}
	flush()
	return blocks, limit >= 0 && len(blocks) > limit
}

// tableHead is the header row of the table being read.
type tableHead struct {
	line  string
	cells []string
}

// hasPipe reports an unescaped "|" in a line.
func hasPipe(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			return true
		}
	}
	return false
}

// splitCells splits a table row (trimmed of surrounding space) at its
// unescaped pipes; the leading and trailing pipes are optional, as GitHub
// allows. Offsets are within row.
func splitCells(row string) []Cell {
	var cells []Cell
	start := 0
	if strings.HasPrefix(row, "|") {
		start = 1
	}
	add := func(a, b int) {
		for a < b && (row[a] == ' ' || row[a] == '\t') {
			a++
		}
		for b > a && (row[b-1] == ' ' || row[b-1] == '\t') {
			b--
		}
		cells = append(cells, Cell{Text: row[a:b], Offset: a})
	}
	for i := start; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			add(start, i)
			start = i + 1
		}
	}
	if start < len(row) && strings.TrimSpace(row[start:]) != "" {
		add(start, len(row))
	}
	return cells
}

// isDelimiterRow reports a table's delimiter row ("|---|:--:|") with as
// many cells as the header row before it.
func isDelimiterRow(line string, headerCells int) bool {
	line = strings.TrimSpace(strings.TrimRight(line, "\r"))
	if !strings.Contains(line, "-") || headerCells == 0 {
		return false
	}
	cells := splitCells(line)
	if len(cells) != headerCells {
		return false
	}
	for _, c := range cells {
		t := strings.TrimSuffix(strings.TrimPrefix(c.Text, ":"), ":")
		if t == "" || strings.Trim(t, "-") != "" {
			return false
		}
	}
	return true
}
