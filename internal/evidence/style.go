package evidence

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Style is a citation style: how in-text citations, notes and references
// are written. Each follows a published guide, and the tests hold each to
// that guide's examples for reports, web pages, news articles, press
// releases and secondary citations.
type Style string

// The citation styles cypx writes.
const (
	// Harvard is Cite Them Right Harvard (12th edition): (NHS Providers,
	// 2024) in the text, an alphabetical reference list.
	Harvard Style = "harvard"
	// APA is the 7th edition of the APA's Publication Manual: (NHS
	// Providers, 2024) in the text, an alphabetical reference list.
	APA Style = "apa"
	// Vancouver follows Citing Medicine (the NLM's guide, 2nd edition):
	// works numbered (1) in the order they are first cited, the reference
	// list in that order.
	Vancouver Style = "vancouver"
	// Footnotes follows the MHRA Style Guide (3rd edition): each citation
	// a note, in full the first time a work is cited and short after, and a
	// bibliography.
	Footnotes Style = "footnotes"
)

// DefaultStyle is the style used when none is chosen or configured.
const DefaultStyle = Harvard

// CiteStyles lists every citation style.
var CiteStyles = []Style{Harvard, APA, Vancouver, Footnotes}

// ParseStyle checks a style name against CiteStyles.
func ParseStyle(s string) (Style, error) {
	for _, st := range CiteStyles {
		if string(st) == strings.ToLower(strings.TrimSpace(s)) {
			return st, nil
		}
	}
	return "", fmt.Errorf("unknown citation style %q (valid: harvard, apa, vancouver, footnotes)", s)
}

// Format is what a copy of an item holds.
type Format string

// The copy formats.
const (
	// FormatPlain is the quote with its citation: "text" (NHS Providers, 2024).
	FormatPlain Format = "plain"
	// FormatMarkdown is the quote with its citation linked to the source.
	FormatMarkdown Format = "markdown"
	// FormatFigure is a statistic's headline figure with its citation:
	// 97% (NHS Providers, 2024), said as Item.FigureCopy says it (a table
	// cell's with its column and row, a list's figure by its sentence);
	// other items quote their text.
	FormatFigure Format = "figure"
	// FormatReference is the full reference (or bibliography entry) of the
	// work the item is cited to, and of the coverage that reported it.
	FormatReference Format = "reference"
)

// Formats lists every copy format, in the order the copy menu offers them.
var Formats = []Format{FormatPlain, FormatMarkdown, FormatFigure, FormatReference}

// ParseFormat checks a format name against Formats.
func ParseFormat(s string) (Format, error) {
	// In any case, and "md" for markdown, as export's --format is read.
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "md" {
		s = string(FormatMarkdown)
	}
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (valid: plain, markdown, figure, reference)", s)
}

// Span is a run of a reference's text, set in italics or not: guides
// italicise the titles of reports and the names of newspapers.
type Span struct {
	Text   string
	Italic bool
	// URL is the address the run writes, when it writes one: Text is it
	// as plain text gives it (bare, or in MHRA's angle brackets,
	// "<https://…>"), and Markdown makes it an autolink where it may be
	// linked, percent-encoded as every link cypx writes (LinkURL), so a
	// space or a quote in it cannot cut the link short.
	URL string
	// Link is the address a run that is not one links to: a work's label
	// in an in-text citation (Citation.Linked), linked where LinkURL
	// allows, as Markdown links it.
	Link string
}

// Rich is text with its italics: a reference or a note.
type Rich []Span

// String is the text without its italics.
func (r Rich) String() string {
	var b strings.Builder
	for _, s := range r {
		b.WriteString(s.Text)
	}
	return b.String()
}

// Markdown is the text with its italics as *…*, each run escaped by
// escape (which makes a source's own characters read as written).
func (r Rich) Markdown(escape func(string) string) string {
	var b strings.Builder
	for _, s := range r {
		if s.Link != "" {
			if target, ok := LinkURL(s.Link); ok {
				b.WriteString(linkTo(escape(s.Text), target))
				continue
			}
		}
		if s.URL != "" {
			// LinkURL percent-encodes '>' and takes only http(s): the
			// autolink cannot be closed early or run a script.
			if target, ok := LinkURL(s.URL); ok {
				b.WriteString(autolink(target))
				continue
			}
			// A URL that may not be linked is code, which no renderer
			// links (cut short at a space, or whole); what is around
			// it (MHRA's angle brackets) stays text.
			if i := strings.Index(s.Text, s.URL); i >= 0 {
				b.WriteString(escape(s.Text[:i]) + codeSpan(s.URL) + escape(s.Text[i+len(s.URL):]))
				continue
			}
		}
		if s.Italic && strings.TrimSpace(s.Text) != "" {
			b.WriteString("*" + escape(s.Text) + "*")
		} else {
			b.WriteString(escape(s.Text))
		}
	}
	return b.String()
}

// MarkdownEntry is the text as Markdown where it opens a line, a list
// item or a footnote (a reference list's entry, a note after "[^1]: "):
// each run escaped inline (MarkdownInline) and its start escaped as every
// line's start is (MarkdownEscape), so a publisher "- item pub" or "1.
// one pub" is text, not a list inside the list.
func (r Rich) MarkdownEntry() string { return markdownLineStart(r.Markdown(MarkdownInline)) }

// rich builds a Rich from plain and italic runs, joining neighbours.
type rich struct{ r Rich }

func (b *rich) plain(s string) *rich        { return b.add(s, false) }
func (b *rich) italic(s string) *rich       { return b.add(s, true) }
func (b *rich) add(s string, it bool) *rich { return b.span(Span{Text: s, Italic: it}) }

// link adds a URL in angle brackets, "<URL>", as MHRA writes one, in the
// form every citation gives it (CitedURL).
func (b *rich) link(url string) *rich {
	url = CitedURL(url)
	return b.span(Span{Text: "<" + url + ">", URL: url})
}

// url adds a URL as Harvard, APA and Vancouver write one, in the form
// every citation gives it (CitedURL).
func (b *rich) url(url string) *rich {
	url = CitedURL(url)
	return b.span(Span{Text: url, URL: url})
}

func (b *rich) span(sp Span) *rich {
	if sp.Text == "" {
		return b
	}
	if n := len(b.r); n > 0 && sp.URL == "" && sp.Link == "" && b.r[n-1].URL == "" && b.r[n-1].Link == "" && b.r[n-1].Italic == sp.Italic {
		b.r[n-1].Text += sp.Text
		return b
	}
	b.r = append(b.r, sp)
	return b
}

// kind is what a source is, as the guides tell sources apart.
type kind int

const (
	kindReport kind = iota
	kindWebPage
	kindNews
	kindPressRelease
	kindBlog
	kindData
)

func kindOf(s Source) kind {
	switch s.Type {
	case News:
		return kindNews
	case PressRelease:
		return kindPressRelease
	case Blog:
		return kindBlog
	case Statement, WebPage:
		return kindWebPage
	case Data:
		return kindData
	}
	return kindReport
}

// endTitle ends a title with a full stop, unless it ends with its own
// question or exclamation mark ("What is rosacea? Available at: …").
func endTitle(title string) (string, string) {
	t := strings.TrimRight(strings.TrimSpace(title), ".")
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") {
		return t, ""
	}
	return t, "."
}

// sameBody reports whether a source's author is its publisher: an
// organisation publishing its own work, which guides then name once.
func sameBody(s Source) bool {
	// An author field of separators alone (" , ", " and ") names no one.
	return len(Authors(s.Author)) == 0 || strings.EqualFold(strings.TrimSpace(s.Author), strings.TrimSpace(s.Publisher))
}

// personal reports whether a source names people as its authors.
func personal(s Source) bool { return !sameBody(s) }

// accessedOf is the date a reference gives as accessed: the source's own,
// or the day of citing.
func accessedOf(s Source, accessed time.Time) Date {
	if !s.Accessed.IsZero() {
		return s.Accessed
	}
	return DateOf(accessed)
}

// monthName is a month's full English name.
func monthName(m int) string { return time.Month(m).String() }

// yearText is the year, or the style's words for no date.
func yearText(d Date, none string) string {
	if d.IsZero() {
		return none
	}
	return strconv.Itoa(d.Year)
}

// superscript writes a note number as superscript digits, for notes in
// plain text where no markup can raise them.
func superscript(n int) string {
	const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		b.WriteString(string([]rune(digits)[c-'0']))
	}
	return b.String()
}
