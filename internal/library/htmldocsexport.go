package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
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
// with its title paragraph marked: its site is Google Docs (og:site_name)
// or its body is the export's "doc-content" block, and a paragraph is of
// class "title". A page builder's or a blog's <div class="title"> is no
// such paragraph, and a page of another platform keeps its own rules.
func isDocsExport(meta map[string]string, doc *html.Node) bool {
	hosted := strings.EqualFold(strings.TrimSpace(meta["og:site_name"]), docsSiteName) ||
		findFirst(doc, func(n *html.Node) bool { return hasClass(n, "doc-content") }) != nil
	return hosted && styledParagraph(doc, "title") != nil
}

// docsMeta is what a published document's own paragraphs say of it: its
// title paragraph, and the body and date its subtitle (or a short cover
// line before its first heading) names.
type docsMeta struct {
	title     fact
	publisher fact
	date      dateFact
}

// readDocsExport reads a published document's title paragraph, the body
// and date its subtitle names ("A note for the board from Orrin Young
// Carers Trust, 14 May 2025"), or the date alone a subtitle gives
// ("Eastwick Young Carers – a summary for the council, 12 May 2025"),
// else the date of a short line before the first heading (as readWordDoc
// reads a Word cover).
func readDocsExport(doc *html.Node) docsMeta {
	var d docsMeta
	if p := styledParagraph(doc, "title"); p != nil {
		d.title = fact{textOf(p), "the document's title paragraph"}
	}
	if p := styledParagraph(doc, "subtitle"); p != nil {
		t := strings.Join(strings.Fields(textOf(p)), " ")
		org, date := subtitleFrom(t)
		if org != "" {
			d.publisher = fact{org, "the body the document's subtitle names"}
		}
		if date.IsZero() && !periodRe.MatchString(t) {
			date = textDate(t)
		}
		if !date.IsZero() {
			d.date = dateFact{date, "the document's subtitle: " + t}
			return d
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
			if date := textDate(t); !date.IsZero() {
				d.date = dateFact{date, "the cover's date line: " + t}
				done = true
			}
		}
		return false
	})
	return d
}

// styledParagraph is the first <p> whose class attribute holds the word
// (Google's export writes class="c1 title"); a <div id="title"> in the
// banner, which holds the file's name, is not one.
func styledParagraph(doc *html.Node, class string) *html.Node {
	return findFirst(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.P && hasClass(n, class) && textOf(n) != ""
	})
}

// hasClass: one of the element's classes (not its id) is name.
func hasClass(n *html.Node, name string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if strings.EqualFold(c, name) {
			return true
		}
	}
	return false
}

// subtitleFromRe is a subtitle saying who a document is from and when:
// "A briefing for councillors from Tarrowby Parent Carer Forum, November
// 2025", "Report by the Westby Youth Trust · June 2025".
var subtitleFromRe = lazyre.New(`(?i)^(?:[\w’'&-]+\s+){0,8}?(?:from|by)\s+(?:the\s+)?(.{3,100}?)\s*(?:,|;|\||·|•|–|—|\s-)\s*(` + dateExpr + `)\.?$`)

// subtitleFrom reads the body and the day or month a subtitle names ("...
// from Tarrowby Parent Carer Forum, November 2025"); the body only when it
// reads as an office's name, not a person's.
func subtitleFrom(s string) (string, evidence.Date) {
	m := subtitleFromRe.FindStringSubmatch(s)
	if m == nil {
		return "", evidence.Date{}
	}
	org := strings.TrimSpace(m[1])
	if !coverOrgLine(org) && !(strongOrgWordRe.MatchString(org) && !isPersonName(org)) {
		org = ""
	}
	return org, textDate(m[2])
}
