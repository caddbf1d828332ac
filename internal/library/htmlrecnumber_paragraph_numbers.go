package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sectionParaNumRe is a numbered paragraph's number set alone: "1.2.3",
// "4.1".
var sectionParaNumRe = lazyre.New(`^\d{1,2}(?:\.\d{1,3}){1,3}\.?$`)

// joinParagraphNumbers writes a paragraph's number, set in an inline
// element of its own before the paragraph (a guideline page's
// <span class="recommendation__number">1.1.2</span> <p>Give ...</p>), at
// the paragraph's start: "1.1.2 Give ...", as the page shows it. Alone on
// a line of its own the number was lost, and the paragraph read as
// unnumbered.
func joinParagraphNumbers(root *html.Node) {
	var moves [][2]*html.Node
	walkElements(root, func(n *html.Node) bool {
		if n.DataAtom != atom.Span && n.DataAtom != atom.Strong && n.DataAtom != atom.B {
			return true
		}
		if !sectionParaNumRe.MatchString(strings.TrimSpace(textOf(n))) || n.Parent == nil {
			return false
		}
		// The number must open its block: nothing but white space before.
		for s := n.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type != html.TextNode || strings.TrimSpace(s.Data) != "" {
				return false
			}
		}
		next := n.NextSibling
		for next != nil && next.Type == html.TextNode && strings.TrimSpace(next.Data) == "" {
			next = next.NextSibling
		}
		if next != nil && next.Type == html.ElementNode && next.DataAtom == atom.P {
			moves = append(moves, [2]*html.Node{n, next})
		}
		return false
	})
	for _, m := range moves {
		num := strings.TrimSpace(textOf(m[0]))
		m[1].InsertBefore(&html.Node{Type: html.TextNode, Data: num + " "}, m[1].FirstChild)
		m[0].Parent.RemoveChild(m[0])
	}
}
