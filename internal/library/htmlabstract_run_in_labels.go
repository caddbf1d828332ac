package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// abstractLabels are the run-in labels of a structured abstract, as a
// journal page sets each in bold at its paragraph's start:
// "<p><strong>Conclusions</strong> Fewer than half ...</p>".
var abstractLabels = map[string]bool{
	"background": true, "objective": true, "objectives": true, "aim": true, "aims": true, "purpose": true,
	"design": true, "study design": true, "setting": true, "settings": true, "participants": true, "interventions": true,
	"methods": true, "main outcome measures": true, "primary outcome measures": true, "outcome measures": true,
	"primary and secondary outcome measures": true, "results": true, "findings": true,
	"conclusion": true, "conclusions": true, "interpretation": true,
}

// abstractRunIn splits a structured abstract's paragraph into its run-in
// label and the text after it: label is "" unless p opens with a bold
// label of abstractLabels and another paragraph beside it does too (an
// abstract labels each of its parts; a lone "Results" in bold opening a
// paragraph of a report is that paragraph's emphasis). The label is the
// section's heading: glued to the text it read as the text's first words
// ("Conclusions Fewer than half of children ...").
func abstractRunIn(p *html.Node) (label string, rest []*html.Node) {
	label, rest = runInLabel(p)
	if label == "" {
		return "", nil
	}
	for _, sib := range []func(*html.Node) *html.Node{func(n *html.Node) *html.Node { return n.PrevSibling }, func(n *html.Node) *html.Node { return n.NextSibling }} {
		for s := sib(p); s != nil; s = sib(s) {
			if s.Type != html.ElementNode {
				continue
			}
			if s.DataAtom == atom.P {
				if l, _ := runInLabel(s); l != "" {
					return label, rest
				}
			}
			break
		}
	}
	return "", nil
}

// runInLabel: p's first child with text is a <strong> or <b> holding only
// a label of abstractLabels (a colon after it allowed), and text follows.
func runInLabel(p *html.Node) (string, []*html.Node) {
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if c.Type != html.ElementNode || c.DataAtom != atom.Strong && c.DataAtom != atom.B {
			return "", nil
		}
		label := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(textOf(c)), ":"))
		if !abstractLabels[strings.ToLower(label)] {
			return "", nil
		}
		var rest []*html.Node
		for r := c.NextSibling; r != nil; r = r.NextSibling {
			rest = append(rest, r)
		}
		if strings.TrimSpace(strings.TrimLeft(textOfNodes(rest), ":")) == "" {
			return "", nil
		}
		return label, rest
	}
	return "", nil
}

// textOfNodes is the text of nodes run together.
func textOfNodes(nodes []*html.Node) string {
	var b strings.Builder
	for _, n := range nodes {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		} else {
			b.WriteString(textOf(n))
		}
	}
	return b.String()
}
