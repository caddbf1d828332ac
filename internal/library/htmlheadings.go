package library

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/evidence"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Headings after the furniture has gone: a heading whose section lost
// everything (a "Statistical press notice" over download links) goes too,
// and the headings that stay are kept from readability's guess that an
// element named "header" (Substack's "header-anchor-post", a live blog's
// "block-header") is the site's header.

// dropEmptySections removes each heading whose section holds no text: the
// next thing in the page after it is a heading of the same or a higher
// level.
func dropEmptySections(root *html.Node) {
	var empty []*html.Node
	walkElements(root, func(n *html.Node) bool {
		level := headingLevel(n)
		if level == 0 {
			return true
		}
		if next := nextContent(n); next != nil {
			if l := headingLevel(next); l > 0 && l <= level {
				empty = append(empty, n)
			}
		}
		return false
	})
	for _, h := range empty {
		detach(h)
	}
}

// nextContent is the first heading or text after n's own content, in page
// order: a heading element, or the block holding a text; nil at the end of
// the page.
func nextContent(n *html.Node) *html.Node {
	for cur := n; cur != nil; cur = cur.Parent {
		for s := cur.NextSibling; s != nil; s = s.NextSibling {
			if found := firstContent(s); found != nil {
				return found
			}
		}
	}
	return nil
}

func firstContent(n *html.Node) *html.Node {
	switch {
	case n.Type == html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			return n.Parent
		}
		return nil
	case n.Type != html.ElementNode:
		return nil
	case headingLevel(n) > 0:
		return n
	case n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Template:
		return nil
	case n.DataAtom == atom.Img || n.DataAtom == atom.Table:
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstContent(c); f != nil {
			return f
		}
	}
	return nil
}

// clearHeadingNames removes the class and id of each heading and of the
// wrappers that hold nothing but it. Readability drops an element whose
// name holds "header", "meta" or "share" as page chrome; furniture has
// been removed by its own rules by now, and a heading's name says nothing
// about where the article is.
func clearHeadingNames(root *html.Node) {
	var badges []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if headingLevel(n) == 0 {
			return true
		}
		text := textOf(n)
		for e := n; e != nil && e.Type == html.ElementNode && !isArticle(e) && e.DataAtom != atom.Body; e = e.Parent {
			if e != n && textOf(e) != text {
				// Beside the heading, only count badges ("4" set in a
				// "section-post-count"): the wrapper is the heading's.
				var others []*html.Node
				for c := e.FirstChild; c != nil; c = c.NextSibling {
					if !contains(c, n) && strings.TrimSpace(textOf(c)) != "" {
						others = append(others, c)
					}
				}
				if len(others) == 0 || !countBeside(textOf(e), text) || slices.ContainsFunc(others, func(c *html.Node) bool { return !countBadge(c, text) }) {
					break
				}
				badges = append(badges, others...)
			}
			e.Attr = dropAttrs(e.Attr, "class", "id")
		}
		return false
	})
	for _, b := range badges {
		if b.Parent != nil {
			b.Parent.RemoveChild(b)
		}
	}
}

// countBeside reports a wrapper's text that is its heading's and a count
// badge beside it, "What helps? 4" or "Updates (12)": a board's column or
// a list's header counting its posts. The count is no text of the
// article, and the wrapper is the heading's as one holding it alone is.
func countBeside(wrapper, heading string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(wrapper), strings.TrimSpace(heading))
	rest = strings.Trim(rest, " \t\n()[]")
	if !ok || rest == "" {
		return false
	}
	return strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' }) < 0 && len(rest) <= 5
}

// countBadge reports an element beside a heading that is a count badge:
// named for a count or a badge ("section-post-count", "badge") and holding
// a number alone. A dashboard card's figure under its title is named
// otherwise ("big", "value") and is the card's figure, no badge.
func countBadge(c *html.Node, heading string) bool {
	if c.Type != html.ElementNode || !countBeside(heading+" "+textOf(c), heading) {
		return false
	}
	name := strings.ToLower(nameAttrs(c))
	return strings.Contains(name, "count") || strings.Contains(name, "badge")
}

func dropAttrs(attrs []html.Attribute, keys ...string) []html.Attribute {
	out := attrs[:0]
	for _, a := range attrs {
		keep := true
		for _, k := range keys {
			if a.Key == k {
				keep = false
			}
		}
		if keep {
			out = append(out, a)
		}
	}
	return out
}

// isLinkList: a list each of whose items is one link and nothing else, a
// list of other pages ("More on this story", a topic list) or a table of
// contents, not a finding. Sentences linking into the page are a summary.
func isLinkList(n *html.Node) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		case c.Type != html.ElementNode:
			continue
		case c.DataAtom != atom.Li:
			return false
		}
		t := textOf(c)
		if t == "" {
			continue
		}
		var links []*html.Node
		walkElements(c, func(x *html.Node) bool {
			if x.DataAtom == atom.A {
				links = append(links, x)
				return false
			}
			return true
		})
		if len(links) != 1 || textOf(links[0]) != t {
			return false
		}
		if strings.HasPrefix(attr(links[0], "href"), "#") && len(strings.Fields(t)) >= 8 {
			// A summary whose sentences link to where the page says
			// more: findings, not a table of contents.
			return false
		}
		items++
	}
	return items > 0
}

// permalinkMarks are the texts a site's heading anchor shows: GitBook's and
// GitHub's "#", Sphinx's "¶", "§", a link symbol.
var permalinkMarks = map[string]bool{"#": true, "¶": true, "§": true, "🔗": true, "⚓": true}

// permalinkMark reports the text of a heading's link to itself: one of
// permalinkMarks, or nothing a reader sees (Docusaurus's hash link holds
// only a zero-width space, its "#" drawn by the page's style).
func permalinkMark(text string) bool {
	t := strings.TrimSpace(evidence.WithoutIgnorable(text))
	return t == "" || permalinkMarks[t]
}

// dropHeadingPermalinks removes the link to itself a documentation site
// sets inside each heading ("<h2><a href="#waits" class="hash">#</a>Waiting
// times</h2>"): its mark glued to the heading's words ("#Waiting times")
// made a heading no reader sees.
func dropHeadingPermalinks(root *html.Node) {
	var marks []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if headingLevel(n) == 0 {
			return true
		}
		walkElements(n, func(a *html.Node) bool {
			if a.DataAtom == atom.A && strings.HasPrefix(attr(a, "href"), "#") && permalinkMark(textOf(a)) {
				marks = append(marks, a)
				return false
			}
			return true
		})
		return false
	})
	for _, a := range marks {
		detach(a)
	}
}
