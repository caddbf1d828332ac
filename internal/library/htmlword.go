package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/lazyre"
)

// Microsoft Word's "Save as Web Page" writes a report as it was laid out:
// a cover of paragraphs styled MsoTitle and MsoSubtitle over a date line,
// then Heading 1 sections as <h1>. Its first <h1> is a section's heading
// ("Summary"), not the document's title, and its <title> is the file's
// Title property, often a draft's name. The document properties Word
// keeps in a conditional comment say when the file was created and last
// saved: the day of the export, a weaker date than the one the cover
// prints, as a PDF's creation date is.

// wordDoc is what a Word web page says of itself.
type wordDoc struct {
	title     fact
	publisher fact
	coverDate dateFact
	savedDate dateFact
}

var (
	wordSavedRe   = lazyre.New(`<o:LastSaved>([^<]+)</o:LastSaved>`)
	wordCreatedRe = lazyre.New(`<o:Created>([^<]+)</o:Created>`)
)

// maxCoverLines bounds the paragraphs read as a cover: a title page has
// a few lines.
const maxCoverLines = 12

// isWordExport reports a page Word saved: its ProgId or Generator tag,
// or Word's namespace on <html>.
func isWordExport(doc *html.Node, meta map[string]string) bool {
	if strings.EqualFold(meta["progid"], "Word.Document") || strings.HasPrefix(meta["generator"], "Microsoft Word") {
		return true
	}
	root := findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.Html })
	return root != nil && attr(root, "xmlns:w") == "urn:schemas-microsoft-com:office:word"
}

// readWordDoc reads a Word web page's title paragraph with the subtitle
// paragraph under it, the date line and the "Written by" line of its
// cover (the paragraphs before its first heading or contents list) and
// the days its properties say it was saved and created. A cover
// paragraph Word broke with <br> ("Presented to: ...", "Written by:
// ...", "Date: January 2026") is read a line at a time, as it shows.
func readWordDoc(doc *html.Node) wordDoc {
	var w wordDoc
	subtitled := false
	htmlCoverLines(doc, func(n *html.Node) bool { return hasWord(n, "msotocheading", "msotoc1", "msotoc2", "msotoc3") }, func(n *html.Node, t string) bool {
		switch {
		case hasWord(n, "msotitle") && w.title.value == "":
			w.title = fact{t, "the document's title paragraph"}
			return false
		case hasWord(n, "msosubtitle") && w.title.value != "" && !subtitled:
			subtitled = true
			if sub := subtitleOf(t); sub != "" {
				w.title = fact{withSubtitle(w.title.value, sub), "the document's title and subtitle paragraphs"}
			}
			return false
		}
		for _, line := range strings.Split((&blockWriter{lineBreaks: true}).text(n), "\n") {
			if w.coverDate.date.IsZero() {
				w.coverDate = coverDateLine(line)
			}
			if w.publisher.value == "" {
				if org := coverWriterOrg(line); org != "" {
					w.publisher = fact{org, "the body the document's cover says wrote it"}
				}
			}
		}
		return false
	})
	comments := wordComments(doc)
	for _, c := range []struct {
		re   *lazyre.Regexp
		from string
	}{{wordSavedRe, "the day the Word file was last saved"}, {wordCreatedRe, "the day the Word file was created"}} {
		if m := c.re.FindStringSubmatch(comments); m != nil {
			if d := isoDate(m[1]); !d.IsZero() {
				w.savedDate = dateFact{d, c.from}
				break
			}
		}
	}
	return w
}

// coverWriterRe opens a cover's line saying who wrote the document:
// "Written by:", "Prepared by", "Produced by:".
var coverWriterRe = lazyre.New(`(?i)^(?:written|prepared|produced|compiled)\s+by\s*:?\s+`)

// coverWriterOrg is the body a cover's "Written by" line names, read as
// an imprint's name is ("Written by: the Health Working Group of
// Tollmere Youth Forum (members aged 13 to 18)" is Tollmere Youth Forum,
// the body the group is part of); "" for a person or no such line.
func coverWriterOrg(line string) string {
	loc := coverWriterRe.FindStringIndex(line)
	if loc == nil {
		return ""
	}
	if name := imprintName(line[loc[1]:]); name != "" && !isPersonName(name) && !notPublisher(name) {
		return name
	}
	return ""
}

// wordComments is the text of the <head>'s comments, where Word keeps its
// document properties.
func wordComments(doc *html.Node) string {
	head := findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.Head })
	if head == nil {
		return ""
	}
	var b strings.Builder
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.CommentNode && b.Len() < 1<<16 {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// htmlCoverLines calls visit with each paragraph of a document's cover and
// its text: the paragraphs with text before its first heading (or the
// first element end says ends the cover), at most maxCoverLines of them,
// until visit says it is done.
func htmlCoverLines(doc *html.Node, end func(*html.Node) bool, visit func(n *html.Node, text string) (done bool)) {
	lines, done := 0, false
	walkElements(doc, func(n *html.Node) bool {
		if done {
			return false
		}
		switch {
		case headingLevel(n) > 0 || end != nil && end(n):
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
		done = visit(n, t)
		return false
	})
}

// coverDateLine is the date a cover's short line gives ("12 May 2025"),
// not a period ("2024 to 2025"); zero when it gives none.
func coverDateLine(t string) dateFact {
	if len(strings.Fields(t)) <= 6 && !periodRe.MatchString(t) {
		if d := textDate(t); !d.IsZero() {
			return dateFact{d, "the cover's date line: " + t}
		}
	}
	return dateFact{}
}
