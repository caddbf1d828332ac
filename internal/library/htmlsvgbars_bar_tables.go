package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/lazyre"
)

// A bar chart drawn as an SVG on the page (a data story's slide, a
// charting library's embed) writes its data in its drawing: each bar a
// group of its own, with the bar's shape, its category's label and its
// value's label as text. The page's furniture goes with every SVG (an
// icon's, a logo's), and a chart's bars went with it: their figures, set
// nowhere else on the page, were lost. A chart of two or more such groups
// is read as the table it draws, a row a bar, before the SVG goes. A chart
// whose values the page's own text states already (a caption's "27% ...
// against 9% of adults" over its two bars) adds no figure and is left to
// go: its rows would repeat the caption's statistic.

// svgValueRe is a data label: a figure alone, with its sign, currency, per
// cent or thousands and millions ("4,960", "34%", "+22%", "£1.2m", "5k").
var svgValueRe = lazyre.New(`^[+\-−]?[£$€]?\d[\d,]*(?:\.\d+)?\s?(?:%|k|m|bn|K|M)?$`)

// svgBarTables puts a table in place of each SVG bar chart of the page.
func svgBarTables(doc *html.Node) {
	var charts []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "svg" {
			charts = append(charts, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(charts) == 0 {
		return
	}
	pageText := ""
	for _, svg := range charts {
		rows := svgBars(svg)
		if len(rows) < 2 {
			continue
		}
		if pageText == "" {
			pageText = textOutsideSVG(doc)
		}
		stated := 0
		for _, r := range rows {
			if strings.Contains(pageText, r[1]) {
				stated++
			}
		}
		if stated == len(rows) {
			continue
		}
		table := &html.Node{Type: html.ElementNode, Data: "table", DataAtom: atom.Table}
		body := &html.Node{Type: html.ElementNode, Data: "tbody", DataAtom: atom.Tbody}
		table.AppendChild(body)
		for _, r := range rows {
			tr := &html.Node{Type: html.ElementNode, Data: "tr", DataAtom: atom.Tr}
			for _, cell := range r {
				td := &html.Node{Type: html.ElementNode, Data: "td", DataAtom: atom.Td}
				td.AppendChild(&html.Node{Type: html.TextNode, Data: cell})
				tr.AppendChild(td)
			}
			body.AppendChild(tr)
		}
		svg.Parent.InsertBefore(table, svg)
	}
}

// svgBars reads a chart's bars as rows of its category and its value: each
// group (<g>) holding a shape (rect or path) and two texts of its own, one
// a word and one a figure (svgValueRe). It is nil for a drawing with no
// such groups.
func svgBars(svg *html.Node) [][2]string {
	var rows [][2]string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.Data == "g" {
				if r, ok := svgBar(c); ok {
					rows = append(rows, r)
					continue
				}
			}
			walk(c)
		}
	}
	walk(svg)
	return rows
}

// svgBar reads one group as a bar: its own shape, its category's label and
// its value's label.
func svgBar(g *html.Node) ([2]string, bool) {
	var label, value string
	shape := false
	texts := 0
	for c := g.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.Data {
		case "rect", "path":
			shape = true
		case "text":
			texts++
			t := strings.Join(strings.Fields(nodeText(c)), " ")
			if svgValueRe.MatchString(t) {
				value = t
			} else if hasLetter(t) {
				label = t
			}
		case "g":
			return [2]string{}, false // a group of groups: the plot, an axis
		}
	}
	if !shape || texts != 2 || label == "" || value == "" {
		return [2]string{}, false
	}
	return [2]string{label, value}, true
}

// textOutsideSVG is the page's text with its drawings left out, white space
// collapsed.
func textOutsideSVG(doc *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "svg" || n.Data == "script" || n.Data == "style") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return strings.Join(strings.Fields(b.String()), " ")
}

// storyByRe is a sentence crediting the page's work to its body: "A data
// story by the Brightwell Trust.", "An interactive report by Tarnside
// Healthwatch": group 1 is the body. A data story or chart hosted on a
// charting platform carries the platform's name in its <title> ("Still
// waiting | Flourish"), which named the platform as the publisher; the
// body that wrote it is named only in its opening lines.
var storyByRe = lazyre.New(`^(?:An?|This|Our)\s+(?:(?:data|interactive|visual|digital|short|new)\s+)*(?:story|stories|report|briefing|explainer|visuali[sz]ation|dashboard|chart|map|analysis|tracker)\s+(?:is\s+)?(?:by|from)\s+(?:the\s+)?([A-Z][^.!?|]{2,100}?)\s*[.!](?:\s|$)`)

// storyByLine is the body a short paragraph's "A data story by ..." opening
// names, when its name reads as a body's (bodyNameRe), or "".
func storyByLine(doc *html.Node) string {
	var found string
	walkElements(doc, func(n *html.Node) bool {
		if found != "" || inFurnitureThread(n) {
			return false
		}
		if n.Data != "p" && n.Data != "div" && n.Data != "span" {
			return true
		}
		t, short := shortText(n, 300)
		if !short {
			return true
		}
		if m := storyByRe.FindStringSubmatch(strings.Join(strings.Fields(t), " ")); m != nil {
			if org := cleanOrg(m[1]); org != "" && bodyNameRe.MatchString(org) && !notPublisher(org) {
				found = org
			}
		}
		return found == ""
	})
	return found
}
