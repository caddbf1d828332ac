package library

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A Google Docs document "published to the web" is its exported body under
// Google's banner: the banner and <title> (and og:title) give the file's
// name ("Forum – survey 2025 – summary for the board"), the body's
// paragraphs styled "title" and "subtitle" the document's own title and
// the line under it, which is where such a document says when it was
// written ("Harbrook Forum – summary for the board, 3 November 2025").
// The page has no machine date, so without the subtitle it was refused.
// The site is Google Docs, the host: never its publisher.

// docsSiteName is the og:site_name of a published Google document.
const docsSiteName = "Google Docs"

// isDocsExport reports a document a word processor published to the web
// with its title paragraph marked: og:site_name "Google Docs" and a
// paragraph of class "title".
func isDocsExport(meta map[string]string, doc *html.Node) bool {
	return meta["og:site_name"] == docsSiteName && styledParagraph(doc, "title") != nil
}

// readDocsExport reads a published document's title paragraph and the
// date its cover gives: the subtitle's, else a short line before the
// first heading (as readWordDoc reads a Word cover).
func readDocsExport(doc *html.Node) wordDoc {
	var w wordDoc
	if p := styledParagraph(doc, "title"); p != nil {
		w.title = fact{textOf(p), "the document's title paragraph"}
	}
	if p := styledParagraph(doc, "subtitle"); p != nil {
		t := textOf(p)
		if d := textDate(t); !d.IsZero() && !periodRe.MatchString(t) {
			w.coverDate = dateFact{d, "the document's subtitle: " + t}
			return w
		}
	}
	lines, done := 0, false
	walkElements(doc, func(n *html.Node) bool {
		if done {
			return false
		}
		switch {
		case headingLevel(n) > 0:
			done = true
			return false
		case n.DataAtom != atom.P:
			return true
		}
		t := textOf(n)
		if t == "" {
			return false
		}
		if lines++; lines > maxCoverLines {
			done = true
			return false
		}
		if len(strings.Fields(t)) <= 6 && !periodRe.MatchString(t) {
			if d := textDate(t); !d.IsZero() {
				w.coverDate = dateFact{d, "the cover's date line: " + t}
				done = true
			}
		}
		return false
	})
	return w
}

// styledParagraph is the first <p> whose class attribute holds the word
// (Google's export writes class="c1 title"); a <div id="title"> in the
// banner, which holds the file's name, is not one.
func styledParagraph(doc *html.Node, class string) *html.Node {
	return findFirst(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.P && slices.Contains(strings.Fields(attr(n, "class")), class) && textOf(n) != ""
	})
}
