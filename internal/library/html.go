package library

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"

	"github.com/cypx/cypx/internal/evidence"
)

// importHTML keeps a page's main article — without navigation, cookie
// banners, footers or "related articles" — as headings, paragraphs and list
// items, and takes the title, site name and date from its metadata.
func importHTML(data []byte) (Imported, error) {
	im := Imported{Format: "html"}
	base, _ := url.Parse("https://example.invalid/")
	art, err := readability.FromReader(bytes.NewReader(data), base)
	if err != nil {
		return im, fmt.Errorf("cannot read the page: %v", err)
	}
	var blocks []string
	if art.Node != nil {
		walkBlocks(art.Node, &blocks)
	}
	im.Body = strings.Join(blocks, "\n\n") + "\n"
	if t := strings.TrimSpace(art.Title); t != "" {
		// "Story | Site" and "Story - Site": the site is the publisher.
		for _, sep := range []string{" | ", " - ", " – ", " — "} {
			if site := strings.TrimSpace(art.SiteName); site != "" {
				t = strings.TrimSuffix(t, sep+site)
			}
		}
		im.Source.Title = trimTitle(t)
		im.Guessed = append(im.Guessed, "title (from the page)")
	}
	if s := strings.TrimSpace(art.SiteName); s != "" {
		im.Source.Publisher = s
		im.Guessed = append(im.Guessed, "publisher (the site's name)")
	}
	if art.PublishedTime != nil {
		im.Source.Date = evidence.DateOf(*art.PublishedTime)
		im.Guessed = append(im.Guessed, "date (the page's publication date)")
	}
	return im, nil
}

// walkBlocks turns article HTML into body blocks.
func walkBlocks(n *html.Node, out *[]string) {
	if n.Type == html.ElementNode {
		switch n.Data {
		case "h1", "h2", "h3", "h4", "h5", "h6":
			if t := text(n); t != "" {
				*out = append(*out, "## "+t)
			}
			return
		case "p", "blockquote", "figcaption", "dd":
			if t := text(n); t != "" {
				*out = append(*out, t)
			}
			return
		case "li":
			if t := text(n); t != "" {
				*out = append(*out, "- "+t)
			}
			return
		case "script", "style", "nav", "footer", "aside", "form", "noscript":
			return
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkBlocks(c, out)
	}
}

// text is a node's text with white space folded.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.Data == "br":
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return evidence.OneLine(b.String())
}
