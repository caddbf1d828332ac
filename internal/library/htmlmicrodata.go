package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pages that say what they are in schema.org without JSON-LD mark their
// own elements with microdata instead: itemscope and itemtype on the
// article, itemprop on its headline, its <time itemprop="datePublished">,
// its author and its publisher. Joomla, many council and NHS trust
// templates and older WordPress themes do. The same vocabulary as JSON-LD,
// so the items are read into the same objects and weighed the same way,
// after the page's JSON-LD.

// maxMicrodataDepth bounds how deep items nest: an article's publisher's
// logo is as deep as a citation needs.
const maxMicrodataDepth = 4

// microdataNodes are the page's top-level microdata items (an itemscope
// that is no other item's property), as schema.org objects. An item that
// names itself a property of no item around it (Blogger's post,
// itemprop="blogPost" under no itemscope) is a top-level item.
func microdataNodes(doc *html.Node) []ldNode {
	var out []ldNode
	walkElements(doc, func(n *html.Node) bool {
		if hasAttr(n, "itemscope") && !(hasAttr(n, "itemprop") && inItem(n)) {
			out = append(out, ldNode(microdataItem(n, 0)))
			// Items inside are its properties' values, or the page's
			// own items nested by the template: both are looked for.
		}
		return true
	})
	return out
}

// inItem reports an element inside another microdata item.
func inItem(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && hasAttr(p, "itemscope") {
			return true
		}
	}
	return false
}

// microdataItem is one item's type and properties. A property given more
// than once is a list; an item nested as a property's value is an object
// of its own, whose properties are not the outer item's.
func microdataItem(item *html.Node, depth int) map[string]any {
	obj := map[string]any{}
	if t := strings.Fields(attr(item, "itemtype")); len(t) > 0 {
		types := make([]any, len(t))
		for i, s := range t {
			types[i] = s
		}
		obj["@type"] = types
	}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			names := strings.Fields(attr(c, "itemprop"))
			scope := hasAttr(c, "itemscope")
			if len(names) > 0 {
				var v any
				switch {
				case scope && depth < maxMicrodataDepth:
					v = microdataItem(c, depth+1)
				case scope:
					v = nil
				default:
					v = microdataValue(c)
				}
				for _, name := range names {
					if v == nil || v == "" {
						continue
					}
					switch old := obj[name].(type) {
					case nil:
						obj[name] = v
					case []any:
						obj[name] = append(old, v)
					default:
						obj[name] = []any{old, v}
					}
				}
			}
			if !scope {
				visit(c)
			}
		}
	}
	visit(item)
	return obj
}

// microdataValue is a property's value as the microdata rules read it: a
// <meta>'s content, a <time>'s datetime, a <link>'s address, an <abbr>'s
// title when it is an ISO date, else the
// element's text (a link's too, which names what it links to). A date written only in words ("Published: 9 April
// 2025") is given as the ISO date it states, as JSON-LD would hold it.
func microdataValue(n *html.Node) string {
	if hasAttr(n, "content") {
		return strings.TrimSpace(attr(n, "content"))
	}
	switch n.DataAtom {
	case atom.Time:
		if d := strings.TrimSpace(attr(n, "datetime")); d != "" {
			return d
		}
	case atom.A:
		// A byline's link to the writer's page: the name, not the page.
		if t := textOf(n); t != "" {
			return t
		}
		return attr(n, "href")
	case atom.Link, atom.Area:
		return attr(n, "href")
	case atom.Img, atom.Audio, atom.Video, atom.Source, atom.Iframe, atom.Embed:
		return attr(n, "src")
	case atom.Data, atom.Meter:
		return attr(n, "value")
	case atom.Abbr:
		// The microformats' abbr pattern: the time in the title, the
		// text a short form of it ("20:14").
		if d := strings.TrimSpace(attr(n, "title")); !isoDate(d).IsZero() {
			return d
		}
	}
	t := textOf(n)
	if strings.HasPrefix(strings.ToLower(attr(n, "itemprop")), "date") {
		if d := textDate(t); !d.IsZero() {
			return d.String()
		}
	}
	return t
}
