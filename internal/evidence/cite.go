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

// The in-text citations follow Cite Them Right Harvard: the author's
// surname, or the organisation when no person is named, then the year —
// so each leads to the reference that starts with the same name and year.

// LabelFunc names a source inside an in-text citation ("NHS Providers,
// 2024"). A briefing pack passes its own, which adds a letter to the year
// when the pack cites two works of one author in one year.
type LabelFunc func(Source) string

// InlineCitation is the inline Harvard citation of a source: (NHS Providers, 2024).
func InlineCitation(s Source) string {
	return "(" + CitationLabel(s) + ")"
}

// ItemCitation is the inline citation of one item, with its page when the
// source is paginated: (CQC, 2018, p. 12). Coverage whose finding was found
// in its primary source cites the primary first:
// (NHS Providers, 2024; reported by Gault, 2024).
func ItemCitation(it Item) string { return ItemCitationBy(it, CitationLabel) }

// ItemCitationBy is ItemCitation with sources named by label.
func ItemCitationBy(it Item, label LabelFunc) string {
	return "(" + itemLabel(it, label) + ")"
}

func itemLabel(it Item, label LabelFunc) string {
	if it.Primary != nil {
		return label(*it.Primary) + "; reported by " + label(it.Source)
	}
	l := label(it.Source)
	if it.Page > 0 {
		l += ", p. " + strconv.Itoa(it.Page)
	}
	if it.Cites != "" {
		l = it.Cites + ", cited in " + l
	}
	return l
}

// CitationLabel is the citation without brackets: the author or
// organisation and the year, "NHS Providers, 2024" or "Gault, 2024".
func CitationLabel(s Source) string {
	return AuthorLabel(s) + ", " + strconv.Itoa(s.Date.Year)
}

// PublisherLabel is who published a source and when, for list rows and
// column labels: "Healthcare Leader, 2024". It is not a citation: a
// bylined article is cited by its author.
func PublisherLabel(s Source) string {
	return s.Publisher + ", " + strconv.Itoa(s.Date.Year)
}

// AuthorLabel is the name an in-text citation gives a source: the authors'
// surnames ("Gault", "Gault and Smith", "Gault, Smith and Jones", "Gault et
// al." for four or more) or, with no author named, the publisher.
func AuthorLabel(s Source) string {
	names := Authors(s.Author)
	switch len(names) {
	case 0:
		return s.Publisher
	case 1:
		return surname(names[0])
	case 2, 3:
		var sur []string
		for _, n := range names {
			sur = append(sur, surname(n))
		}
		return strings.Join(sur[:len(sur)-1], ", ") + " and " + sur[len(sur)-1]
	}
	return surname(names[0]) + " et al."
}

// ShortCitation is how the item JSON contract names a source: NHS Providers (2024).
func ShortCitation(s Source) string {
	return fmt.Sprintf("%s (%d)", AuthorLabel(s), s.Date.Year)
}

// Reference is the full Harvard reference of a source:
//
//	NHS Providers (2024) Forgotten generation: shaping better services for
//	children and young people. Available at: URL (Accessed: 22 November 2026).
//
// accessed dates the reference when the source itself carries no access date.
func Reference(s Source, accessed time.Time) string { return ReferenceLettered(s, "", accessed) }

// ReferenceLettered is Reference with a letter after the year (2024a), which
// a list gives two works of one author in one year.
func ReferenceLettered(s Source, letter string, accessed time.Time) string {
	var b strings.Builder
	author := s.Publisher
	if names := Authors(s.Author); len(names) > 0 {
		author = referenceNames(names)
	}
	fmt.Fprintf(&b, "%s (%d%s) %s.", author, s.Date.Year, letter, strings.TrimRight(s.Title, "."))
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

// Authors splits a source's author field into names: "Beth Gault and Sam
// Lee", "Beth Gault, Sam Lee" and "Beth Gault; Sam Lee" each give two.
func Authors(field string) []string {
	f := strings.NewReplacer(" and ", ";", " & ", ";", ",", ";").Replace(field)
	var out []string
	for _, n := range strings.Split(f, ";") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// surname is the last word of a name: "Beth Gault" → "Gault".
func surname(name string) string {
	parts := strings.Fields(name)
	return parts[len(parts)-1]
}

// referenceNames writes authors as a reference list does: "Gault, B.",
// "Gault, B. and Lee, S.", "Gault, B., Lee, S. and Khan, A.", and the first
// with "et al." for four or more, as the in-text citation does.
func referenceNames(names []string) string {
	if len(names) >= 4 {
		return harvardName(names[0]) + " et al."
	}
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = harvardName(n)
	}
	if len(out) == 1 {
		return out[0]
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
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
func MarkdownCitation(it Item) string { return MarkdownCitationBy(it, CitationLabel) }

// MarkdownCitationBy is MarkdownCitation with sources named by label.
func MarkdownCitationBy(it Item, label LabelFunc) string {
	if it.Primary != nil {
		return "(" + markdownLink(label(*it.Primary), it.Primary.URL) + "; reported by " + markdownLink(label(it.Source), it.Source.URL) + ")"
	}
	return "(" + markdownLink(itemLabel(it, label), it.Source.URL) + ")"
}

// OneLine folds runs of white space, line breaks included, into single spaces.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
