package library

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// descriptionList writes a description list (<dl>) whose terms and
// descriptions hold no blocks of their own: each term with each of its
// descriptions as one line, as the page shows them side by side. A key
// facts list ("<dt>Seen within 18 weeks</dt><dd>64% (England: 71%)</dd>")
// is "Seen within 18 weeks: 64% (England: 71%)", and a stat card list
// whose term is the figure ("<dt>3,100</dt><dd>children referred in
// 2024/25</dd>") is "3,100 children referred in 2024/25", as a grid of
// counters is written (figureGrids). A description that is a sentence of
// its own ("<dt>Summary</dt><dd>In 2024/25 the service ...</dd>") is a
// paragraph under its term as a heading, so the label stays out of the
// sentence's measures. Before, every term and description was a paragraph
// of its own: the figures lost their labels and the labels ("Seen within
// 18 weeks") were read as statistics of their own (hostile check 68).
// A list whose items hold blocks is written as its blocks: false.
func (w *blockWriter) descriptionList(dl *html.Node) bool {
	var items []*html.Node
	var collect func(n *html.Node) bool
	collect = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
					return false
				}
				continue
			}
			switch c.DataAtom {
			case atom.Dt, atom.Dd:
				if hasBlockChild(c) {
					return false
				}
				items = append(items, c)
			case atom.Div: // a group of a term and its descriptions
				if !collect(c) {
					return false
				}
			case atom.Script, atom.Style, atom.Template:
			default:
				return false
			}
		}
		return true
	}
	if !collect(dl) || len(items) < 2 {
		return false
	}
	// A term left with no description, where the others have theirs, is
	// one whose value the page's cleaning took out (the page's date): no
	// line of its own.
	descs := false
	for _, it := range items {
		descs = descs || it.DataAtom == atom.Dd
	}
	term, described := "", false
	for _, it := range items {
		t := w.text(it)
		if it.DataAtom == atom.Dt {
			if term != "" && !described && !descs {
				w.add("", term)
			}
			term, described = t, false
			continue
		}
		described = true
		switch {
		case term == "":
			w.add("", t)
		case figureTerm(term):
			w.add("", term+" "+t)
		case descriptionSentence(t):
			w.add("## ", strings.TrimRight(term, ": "))
			w.add("", t)
		case strings.ContainsAny(term[len(term)-1:], "?.!:"):
			w.add("", term+" "+t)
		default:
			w.add("", term+": "+t)
		}
	}
	if term != "" && !described && !descs {
		w.add("", term)
	}
	return true
}

// figureQualifiers are the words a stat card sets before its figure
// ("About 1 in 3", "Over 30,000", "Around 10%").
var figureQualifiers = []string{"about ", "around ", "approximately ", "roughly ", "almost ", "nearly ", "over ", "more than ", "under ",
	"less than ", "fewer than ", "up to ", "just over ", "just under ", "at least ", "some "}

// figureTerm: the term is a figure alone, its qualifier before it or not,
// as a stat card sets it over its label.
func figureTerm(term string) bool {
	if gridFigureRe.MatchString(term) {
		return true
	}
	lower := strings.ToLower(term)
	for _, q := range figureQualifiers {
		if rest, ok := strings.CutPrefix(lower, q); ok {
			return gridFigureRe.MatchString(rest)
		}
	}
	return false
}

// descriptionSentence: t is a sentence of its own, a capital first and
// eight words or more ending in a full stop, no label's value.
func descriptionSentence(t string) bool {
	r := []rune(t)
	return len(r) > 0 && unicode.IsUpper(r[0]) && strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 8
}
