package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// BlockKind says what a block of the body is.
type BlockKind int

// The kinds of block a body is made of.
const (
	Paragraph BlockKind = iota
	Heading
	ListItem
)

func (k BlockKind) String() string {
	return [...]string{"paragraph", "heading", "list item"}[k]
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
	// Number is a numbered list item's number ("3" for "3. ").
	Number string
	// Page is the page the block is on, from "<!-- page N -->" markers that
	// imported PDFs keep in the body; 0 when the body has none.
	Page int
}

var (
	headingRe  = regexp.MustCompile(`^(#{1,6})[ \t]+`)
	bulletRe   = regexp.MustCompile(`^[ \t]*([-*•▪◦‣●])[ \t]+`)
	numberedRe = regexp.MustCompile(`^[ \t]*(\d{1,3})[.)][ \t]+`)
	pageRe     = regexp.MustCompile(`^<!--\s*page\s+(\d+)\s*-->\s*$`)
)

// Blocks splits a body into blocks. Paragraphs are separated by blank lines;
// "#" lines are headings; "- ", "• " and "1. " lines start list items, and the
// indented lines under an item continue it. firstLine is the file line of the
// body's first line.
func Blocks(body string, startLine int) []Block {
	var blocks []Block
	var cur *Block
	curEnd := 0
	page := 0
	flush := func() {
		if cur != nil {
			cur.Text = body[cur.Offset:curEnd]
			if strings.TrimSpace(cur.Text) != "" {
				blocks = append(blocks, *cur)
			}
			cur = nil
		}
	}
	start := func(kind BlockKind, off, line int) {
		flush()
		cur = &Block{Kind: kind, Offset: off, Line: line, Page: page}
	}
	off := 0
	for n := startLine; off < len(body); n++ {
		raw := firstLine(body[off:])
		next := off + len(raw) + 1
		line := strings.TrimRight(raw, "\r")
		trimmed := strings.TrimRight(line, " \t\u00a0")
		contentEnd := off + len(trimmed)
		switch {
		case strings.TrimSpace(strings.ReplaceAll(trimmed, "\u00a0", " ")) == "":
			flush()
		case pageRe.MatchString(strings.TrimSpace(trimmed)):
			flush()
			p, _ := strconv.Atoi(pageRe.FindStringSubmatch(strings.TrimSpace(trimmed))[1])
			page = p
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
			start(ListItem, off+len(m[0]), n)
			cur.Number = m[1]
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
	return blocks
}
