package evidence

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Style is a citation style for a copied or exported item.
type Style string

// The citation styles cypx produces.
const (
	// StylePlain is the quote with an inline Harvard citation:
	// "text" (NHS Providers, 2024).
	StylePlain Style = "plain"
	// StyleMarkdown is the quote with its citation linked to the source URL.
	StyleMarkdown Style = "markdown"
	// StyleFigure is a statistic's headline figure alone with its citation:
	// 97% (NHS Providers, 2024).
	StyleFigure Style = "figure"
	// StyleHarvard is the full reference of the item's source.
	StyleHarvard Style = "harvard"
)

// Styles lists every citation style.
var Styles = []Style{StylePlain, StyleMarkdown, StyleFigure, StyleHarvard}

// ParseStyle checks a style name against Styles.
func ParseStyle(s string) (Style, error) {
	for _, st := range Styles {
		if string(st) == s {
			return st, nil
		}
	}
	return "", fmt.Errorf("unknown style %q (valid: plain, markdown, figure, harvard)", s)
}

// InlineCitation is the inline Harvard citation: (NHS Providers, 2024).
func InlineCitation(s Source) string {
	return "(" + CitationLabel(s) + ")"
}

// ItemCitation is the inline citation of one item, with its page when the
// source is paginated: (CQC, 2018, p. 12). Coverage whose finding was found
// in its primary source cites the primary first:
// (NHS Providers, 2024; reported by Healthcare Leader, 2024).
func ItemCitation(it Item) string {
	return "(" + itemLabel(it) + ")"
}

func itemLabel(it Item) string {
	if it.Primary != nil {
		return CitationLabel(*it.Primary) + "; reported by " + CitationLabel(it.Source)
	}
	label := CitationLabel(it.Source)
	if it.Page > 0 {
		label += ", p. " + strconv.Itoa(it.Page)
	}
	if it.Cites != "" {
		label = it.Cites + ", cited in " + label
	}
	return label
}

// CitationLabel is the citation without brackets: NHS Providers, 2024.
func CitationLabel(s Source) string {
	return s.Publisher + ", " + strconv.Itoa(s.Date.Year)
}

// ShortCitation is how the item JSON contract names a source: NHS Providers (2024).
func ShortCitation(s Source) string {
	return fmt.Sprintf("%s (%d)", s.Publisher, s.Date.Year)
}

// Reference is the full Harvard reference of a source:
//
//	NHS Providers (2024) Forgotten generation: shaping better services for
//	children and young people. Available at: URL (Accessed: 22 November 2026).
//
// accessed dates the reference when the source itself carries no access date.
func Reference(s Source, accessed time.Time) string {
	var b strings.Builder
	author := s.Publisher
	if s.Author != "" {
		author = harvardName(s.Author)
	}
	fmt.Fprintf(&b, "%s (%d) %s.", author, s.Date.Year, strings.TrimRight(s.Title, "."))
	if s.Author != "" {
		fmt.Fprintf(&b, " %s, %s.", s.Publisher, s.Date.Long())
	}
	if s.URL != "" {
		acc := s.Accessed
		if acc.IsZero() {
			acc = DateOf(accessed)
		}
		fmt.Fprintf(&b, " Available at: %s (Accessed: %s).", s.URL, acc.Long())
	}
	return b.String()
}

// harvardName turns "Beth Gault" into "Gault, B.".
func harvardName(name string) string {
	parts := strings.Fields(name)
	if len(parts) < 2 {
		return name
	}
	last := parts[len(parts)-1]
	var initials strings.Builder
	for _, p := range parts[:len(parts)-1] {
		r := []rune(p)
		initials.WriteString(string(r[0]) + ".")
	}
	return last + ", " + initials.String()
}

// Cite renders an item in a citation style. The quoted text is the item's
// exact text, with its line breaks folded to spaces so it pastes as one line.
func Cite(it Item, style Style, accessed time.Time) string {
	quote := `"` + OneLine(it.Text) + `"`
	switch style {
	case StyleMarkdown:
		return `"` + MarkdownText(it.Text) + `" ` + MarkdownCitation(it)
	case StyleFigure:
		if f, ok := it.Headline(); ok {
			if it.Primary != nil && !it.primaryHas(f.Value) {
				own := it
				own.Primary = nil
				return f.Text + " " + ItemCitation(own)
			}
			return f.Text + " " + ItemCitation(it)
		}
		return quote + " " + ItemCitation(it)
	case StyleHarvard:
		if it.Primary != nil {
			return Reference(*it.Primary, accessed) + " Reported by: " + Reference(it.Source, accessed)
		}
		return Reference(it.Source, accessed)
	}
	return quote + " " + ItemCitation(it)
}

// MarkdownCitation is the inline citation with the source linked:
// ([NHS Providers, 2024](https://...)). Labels are escaped as Markdown text
// and only http(s) URLs are linked (see LinkURL), so metadata cannot add
// markup, a line or a script link to a document.
func MarkdownCitation(it Item) string {
	if it.Primary != nil {
		return "(" + markdownLink(CitationLabel(*it.Primary), it.Primary.URL) + "; reported by " + markdownLink(CitationLabel(it.Source), it.Source.URL) + ")"
	}
	return "(" + markdownLink(itemLabel(it), it.Source.URL) + ")"
}

// OneLine folds runs of white space, line breaks included, into single spaces.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
