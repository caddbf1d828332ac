package library

import (
	"slices"
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/lazyre"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page's key figures set as a grid of counters ("The year in numbers":
// a figure in an element of its own, "12,480", over or beside its label,
// "children brushing every day in nursery and school clubs") state the
// page's findings, but hold no paragraph: readability, which keeps the
// best-scoring stretch of prose, leaves the grid out when it stands in a
// section of its own beside the article. Each figure with its label is one
// line of the text, under the heading set above the grid.

// figureGrid is one grid: the heading above it (or "") and its lines, each
// a figure and its label.
type figureGrid struct {
	heading string
	lines   []string
	// parts are each line's pieces as the page sets them apart, where
	// that is not its figure then its label: a titled card's title,
	// figure and note (titledCard).
	parts   map[string][]string
	at      int  // where its first figure starts in the page's text
	inPlace bool // a lone card among the article's sections: put where it stands
}

// gridFigureRe is a figure alone in its element, as counters set it:
// "12,480", "£1.2m", "84%", "3.9k", "1 in 4".
var gridFigureRe = lazyre.New(`(?i)^[~£$]?\d[\d,.]*\s?(?:%|m|bn|k|million|billion)?\+?$|^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)$`)

// figureGrids finds the page's grids of counters: an element with two or
// more element children, each holding a figure alone in an element of its
// own and a label of two to 20 words after it, and nothing else.
func figureGrids(doc *html.Node) []figureGrid {
	page := textOf(doc)
	var out []figureGrid
	grids := map[*html.Node]bool{}
	walkElements(doc, func(n *html.Node) bool {
		var lines []string
		parts := map[string][]string{}
		count := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
					return true
				}
				continue
			}
			count++
			line, ok := gridItem(c)
			if !ok {
				var pieces []string
				if line, pieces, ok = titledCard(c); !ok {
					return true
				}
				parts[line] = pieces
			}
			lines = append(lines, line)
		}
		if count < 2 {
			return true
		}
		out = append(out, figureGrid{heading: headingAbove(n), lines: lines, parts: parts, at: strings.Index(page, strings.Fields(lines[0])[0])})
		grids[n] = true
		return false
	})
	walkElements(doc, func(n *html.Node) bool {
		if grids[n] {
			return false
		}
		if fig, label, ok := loneCard(n); ok {
			if !cardRepeats(doc, n, fig, label) {
				out = append(out, figureGrid{lines: []string{fig + " " + label}, at: strings.Index(page, textOf(n)), inPlace: true})
			}
			return false
		}
		return true
	})
	return out
}

// cardParts are an element's element children, the parts a card sets
// apart; not ok when loose text stands beside them (a paragraph with
// inline marks, not a card).
func cardParts(n *html.Node) (kids []*html.Node, ok bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode:
			kids = append(kids, c)
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil, false
		}
	}
	return kids, true
}

// loneCard reads a key-figure card set alone between the article's
// sections ("58%" in an element over "of the care leavers we surveyed did
// not know ..." in the next): two elements, a figure alone (a share, a sum,
// "1 in 4" or a count with a thousands comma) and its label
// of two to 20 words, beside a sibling holding a sentence. Readability,
// which keeps paragraphs, left the card and its finding out (set 79); a
// grid of two or more is figureGrids' own.
func loneCard(n *html.Node) (fig, label string, ok bool) {
	kids, ok := cardParts(n)
	if !ok {
		return "", "", false
	}
	if len(kids) != 2 || n.DataAtom == atom.Table || n.DataAtom == atom.Li || n.Parent == nil {
		return "", "", false
	}
	fig, label = textOf(kids[0]), textOf(kids[1])
	if !gridFigureRe.MatchString(fig) || !strings.ContainsAny(fig, "%£,") && !strings.Contains(fig, " in ") {
		// A bare number beside a line is a footnote's or a sidebar's
		// ("3" over a note, "96" over "users here now"), no key figure.
		return "", "", false
	}
	if w := len(strings.Fields(label)); w < 2 || w > 20 || strings.ContainsAny(strings.TrimRight(label, "."), ".!?") || unicode.IsUpper(firstRune(label)) {
		// A label reads on from its figure ("of the care leavers"); a
		// sentence of its own ("One in five parents (21%) said ...")
		// is the page's text, not the card's label.
		return "", "", false
	}
	// A sibling of prose, no card of its own: the card stands in the
	// article, not in a row of cards.
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == n || c.Type != html.ElementNode {
			continue
		}
		if _, _, card := gridParts(c); card {
			continue
		}
		if findFirst(c, func(p *html.Node) bool {
			return p.DataAtom == atom.P && len(strings.Fields(textOf(p))) >= 8
		}) != nil {
			return fig, label, true
		}
	}
	return "", "", false
}

// dropCardsRepeatingArticle removes the counters of a grid that restate
// a paragraph of the page: a chapter's key-figure cards set inside the
// article ("41%" over "of families we surveyed reported damp or mould at
// home") restate its findings, often in other words, and would make a
// second statistic of each. A card repeats a paragraph holding every word
// of its label (of four letters or more), or its figure and two in three
// of those words, as a pull quote that repeats (repeatsArticle); a counter
// saying what no paragraph says stays, read as figureGrids reads it.
func dropCardsRepeatingArticle(body *html.Node) {
	var repeats []*html.Node
	walkElements(body, func(n *html.Node) bool {
		// A table's rows are no cards.
		if n.DataAtom == atom.Table {
			return false
		}
		var cards []*html.Node
		var figs, labels []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
					return true
				}
				continue
			}
			fig, label, ok := gridParts(c)
			if !ok {
				return true
			}
			cards, figs, labels = append(cards, c), append(figs, fig), append(labels, label)
		}
		if len(cards) < 2 || len(cards) > maxCards {
			return true
		}
		for i, c := range cards {
			if cardRepeats(body, c, figs[i], labels[i]) {
				repeats = append(repeats, c)
			}
		}
		return false
	})
	for _, c := range repeats {
		detach(c)
	}
}

// cardRepeats: a paragraph of the page holds every word of the card's
// label (of four letters or more), or its figure and two in three of them,
// or, for a share, the share itself ("(62%)", never "162%" or "62.5%")
// and a word of the label: a card's share restates the finding in other
// words ("62%" over "had needs not spotted before" beside "91 (62%) had
// ... needs that had never been identified"). Before, such a card was a
// second statistic of the finding (set 84 spent).
func cardRepeats(body, card *html.Node, fig, label string) bool {
	share := strings.HasSuffix(fig, "%")
	return paragraphRepeats(body, card, label, func(text string, shared, total int) bool {
		return shared == total || 3*shared >= 2*total && strings.Contains(text, fig) || share && shared > 0 && holdsFigure(text, fig)
	})
}

// holdsFigure reports text holding fig whole: no digit, point or comma
// of another number joined before it.
func holdsFigure(text, fig string) bool {
	for from := 0; ; {
		k := strings.Index(text[from:], fig)
		if k < 0 {
			return false
		}
		k += from
		if k == 0 || !strings.ContainsRune("0123456789.,", rune(text[k-1])) {
			return true
		}
		from = k + 1
	}
}

// maxCards bounds the counters of a grid of key figures weighed against
// the page's paragraphs: each is compared with every paragraph, and a
// grid of key figures has a handful.
const maxCards = 12

// gridItem reads one counter as a line, its figure and its label.
func gridItem(n *html.Node) (string, bool) {
	fig, label, ok := gridParts(n)
	return fig + " " + label, ok
}

// gridParts reads one counter: its first element with text holds only a
// figure, and the rest of its text, the label, is two to 20 words with no
// sentence's end inside it.
func gridParts(n *html.Node) (fig, label string, ok bool) {
	text := strings.Join(strings.Fields(textOf(n)), " ")
	el := findFirst(n, func(c *html.Node) bool {
		return c != n && c.Type == html.ElementNode && strings.TrimSpace(textOf(c)) != "" && !hasBlockChild(c) && c.FirstChild != nil && c.FirstChild.Type == html.TextNode
	})
	if el == nil {
		return "", "", false
	}
	f := strings.TrimSpace(textOf(el))
	if !gridFigureRe.MatchString(f) || !strings.HasPrefix(text, f) {
		return "", "", false
	}
	label = strings.TrimSpace(strings.TrimPrefix(text, f))
	if w := len(strings.Fields(label)); w < 2 || w > 20 || strings.ContainsAny(strings.TrimRight(label, "."), ".!?") {
		return "", "", false
	}
	return f, label, true
}

// headingAbove is the text of the heading just before n, or before the
// element n opens, within its section; "" when there is none.
func headingAbove(n *html.Node) string {
	for m := n; m != nil && m.DataAtom != atom.Body; m = m.Parent {
		for s := m.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type != html.ElementNode {
				continue
			}
			if isHeadingElement(s) {
				return strings.Join(strings.Fields(textOf(s)), " ")
			}
			return ""
		}
	}
	return ""
}

// withFigureGrids puts into the article's blocks each grid it does not
// hold: before the article when the grid comes before the article's first
// sentence in the page, after it otherwise.
func withFigureGrids(doc *html.Node, blocks []string, grids []figureGrid) []string {
	if len(grids) == 0 {
		return blocks
	}
	blocks = joinHeldGridLines(blocks, grids)
	held := compareForm(strings.Join(blocks, "\n"))
	page := textOf(doc)
	first := -1
	for _, b := range blocks {
		if strings.HasPrefix(b, "#") || len(strings.Fields(b)) < 8 {
			continue
		}
		words := strings.Fields(b)
		first = strings.Index(page, strings.Join(words[:min(6, len(words))], " "))
		break
	}
	var before, after []string
	for _, g := range grids {
		var add []string
		for _, l := range g.lines {
			if !strings.Contains(held, compareForm(l)) {
				add = append(add, l)
			}
		}
		if len(add) == 0 {
			continue
		}
		if g.inPlace && g.at >= 0 {
			if i := blockBefore(page, blocks, g.at); i >= 0 {
				blocks = slices.Insert(blocks, i+1, add...)
				continue
			}
		}
		if g.heading != "" && !strings.Contains(held, compareForm(g.heading)) {
			add = append([]string{"## " + g.heading}, add...)
		}
		if first >= 0 && g.at >= 0 && g.at < first {
			before = append(before, add...)
		} else {
			after = append(after, add...)
		}
	}
	out := append(append(before, blocks...), after...)
	return out
}

// blockBefore is the index of the last block that starts in the page's
// text before at, or -1: a block is found by its first words, without its
// heading or list marks.
func blockBefore(page string, blocks []string, at int) int {
	last := -1
	for i, b := range blocks {
		words := strings.Fields(blockMarkRe.ReplaceAllString(b, ""))
		if len(words) == 0 {
			continue
		}
		if p := strings.Index(page, strings.Join(words[:min(6, len(words))], " ")); p >= 0 && p < at {
			last = i
		}
	}
	return last
}

// blockMarkRe is a block's opening Markdown mark: "## ", "- ", "3. ".
var blockMarkRe = lazyre.New(`^(?:#+|-|\d+\.)\s+`)

// joinHeldGridLines joins a counter the article holds as two blocks, its
// figure alone ("14,260") over its label ("children supported by our play
// team"), into the one line figureGrids reads it as: apart, the figure
// had no words and the label no figure, and neither was a statistic.
func joinHeldGridLines(blocks []string, grids []figureGrid) []string {
	lines := map[string]bool{}
	for _, g := range grids {
		for _, l := range g.lines {
			lines[l] = true
		}
	}
	var titled [][]string
	for _, g := range grids {
		for _, l := range g.lines {
			if p := g.parts[l]; p != nil {
				titled = append(titled, append([]string{l}, p...))
			}
		}
	}
	var out []string
blocks:
	for i := 0; i < len(blocks); i++ {
		for _, t := range titled {
			if heldInBlocks(blocks[i:], t[1:]) {
				out = append(out, t[0])
				i += len(t) - 2
				continue blocks
			}
		}
		b := strings.TrimSpace(blocks[i])
		if i+1 < len(blocks) && gridFigureRe.MatchString(b) {
			if l := b + " " + strings.Join(strings.Fields(blocks[i+1]), " "); lines[l] {
				out = append(out, l)
				i++
				continue
			}
		}
		out = append(out, blocks[i])
	}
	return out
}

// heldInBlocks: the blocks open with the pieces, one block each, a
// heading's marks aside.
func heldInBlocks(blocks, pieces []string) bool {
	if len(blocks) < len(pieces) {
		return false
	}
	for k, p := range pieces {
		b := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(blocks[k]), "#"))
		if strings.Join(strings.Fields(b), " ") != p {
			return false
		}
	}
	return true
}

// cardFigureRe is a titled card's figure: a counter's (gridFigureRe) or a
// number of a unit of time, "19 weeks", "2 nights".
var cardFigureRe = lazyre.New(`(?i)^[~£$]?\d[\d,.]*\s?(?:%|m|bn|k|million|billion)?\+?(?:\s+(?:days?|nights?|weeks?|months?|years?|hours?))?$|^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)$`)

// titledCard reads a key-figure card that names its measure above its
// figure, as a dashboard's KPI cards do (Observable Framework's "card":
// a title, "Children waiting over a year", the big number, "412", and a
// muted note, "14% of the list"): three elements, or two without the
// note, the title a heading or a short line of one to 12 words with no
// figure and no sentence's end, the note two to 20 words. Its line is
// "Title: 412, 14% of the list", the title measuring the figure; its
// pieces are the title, figure and note as the page sets them apart.
// Before, each card was a heading over a figure alone and a note alone,
// and neither the figure nor the note was a statistic of what the title
// named (set 81).
func titledCard(n *html.Node) (line string, pieces []string, ok bool) {
	kids, ok := cardParts(n)
	if !ok {
		return "", nil, false
	}
	if len(kids) < 2 || len(kids) > 3 || n.DataAtom == atom.Table || n.DataAtom == atom.Tr {
		return "", nil, false
	}
	for _, k := range kids {
		pieces = append(pieces, strings.Join(strings.Fields(textOf(k)), " "))
	}
	title, fig := pieces[0], pieces[1]
	if w := len(strings.Fields(title)); w < 1 || w > 12 || strings.ContainsAny(title, "0123456789.!?") || !cardFigureRe.MatchString(fig) {
		return "", nil, false
	}
	line = strings.TrimRight(title, ":") + ": " + fig
	if len(kids) == 3 {
		note := pieces[2]
		if w := len(strings.Fields(note)); w < 2 || w > 20 || strings.ContainsAny(strings.TrimRight(note, "."), ".!?") {
			return "", nil, false
		}
		line += ", " + note
	}
	return line, pieces, true
}
