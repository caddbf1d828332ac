package library

import (
	"strings"

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
	at      int // where its first figure starts in the page's text
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
	walkElements(doc, func(n *html.Node) bool {
		var lines []string
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
				return true
			}
			lines = append(lines, line)
		}
		if count < 2 {
			return true
		}
		out = append(out, figureGrid{heading: headingAbove(n), lines: lines, at: strings.Index(page, strings.Fields(lines[0])[0])})
		return false
	})
	return out
}

// gridItem reads one counter: its first element with text holds only a
// figure, and the rest of its text, the label, is two to 20 words with no
// sentence's end inside it.
func gridItem(n *html.Node) (string, bool) {
	text := strings.Join(strings.Fields(textOf(n)), " ")
	fig := findFirst(n, func(c *html.Node) bool {
		return c != n && c.Type == html.ElementNode && strings.TrimSpace(textOf(c)) != "" && !hasBlockChild(c) && c.FirstChild != nil && c.FirstChild.Type == html.TextNode
	})
	if fig == nil {
		return "", false
	}
	f := strings.TrimSpace(textOf(fig))
	if !gridFigureRe.MatchString(f) || !strings.HasPrefix(text, f) {
		return "", false
	}
	label := strings.TrimSpace(strings.TrimPrefix(text, f))
	if w := len(strings.Fields(label)); w < 2 || w > 20 || strings.ContainsAny(strings.TrimRight(label, "."), ".!?") {
		return "", false
	}
	return f + " " + label, true
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
