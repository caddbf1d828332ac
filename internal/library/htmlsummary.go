package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// summaryHeadingRe heads a page's summary section: "Summary", "Key
// points", "At a glance", "In brief"; an inspection's verdict box:
// "Inspection outcome", "Overall judgement", "Our verdict".
var summaryHeadingRe = lazyre.New(`(?i)^(?:summary|in\s+summary|key\s+points|key\s+findings|at\s+a\s+glance|in\s+brief|overview|(?:inspection\s+)?outcome|overall\s+(?:judgement|judgment|effectiveness)|(?:our\s+|the\s+)?verdict)[.:]?$`)

// summaryBlocks are the blocks of a summary section set apart before a
// page's article (a standfirst's class on an element holding a "Summary"
// heading over paragraphs and lists, as a research briefing page sets
// it), as Markdown: the heading, each paragraph, each list item a "- "
// line. The reader takes the article's body alone and left them out.
// Nil when n holds anything else, or more than a summary's length.
func summaryBlocks(n *html.Node) []string {
	var out []string
	words := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			if strings.TrimSpace(c.Data) != "" {
				return nil
			}
			continue
		}
		if c.Type != html.ElementNode {
			continue
		}
		t := strings.Join(strings.Fields(textOf(c)), " ")
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4:
			if len(out) > 0 || !summaryHeadingRe.MatchString(t) {
				return nil
			}
			out = append(out, "## "+t)
		case atom.P:
			if len(out) == 0 {
				return nil
			}
			out = append(out, t)
		case atom.Ul, atom.Ol:
			if len(out) == 0 {
				return nil
			}
			for li := c.FirstChild; li != nil; li = li.NextSibling {
				if li.Type == html.ElementNode && li.DataAtom == atom.Li {
					out = append(out, "- "+strings.Join(strings.Fields(textOf(li)), " "))
				}
			}
		default:
			return nil
		}
		if words += len(strings.Fields(t)); words > 400 {
			return nil
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
