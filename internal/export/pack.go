package export

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// Theme names a theme for grouping a pack.
type Theme struct{ ID, Label string }

// Ways to group a pack's findings.
const (
	// GroupNone keeps the findings in the order given: the basket's, which
	// the writer set.
	GroupNone = ""
	// GroupTheme puts each finding under its first theme; the themes come in
	// the order their first finding has, and findings keep their order
	// within a theme.
	GroupTheme = "theme"
)

// Pack is a briefing pack: findings in the basket's order (or grouped by
// theme), each quoted with its in-text citation (the primary source first
// for coverage), then the reference list. Each in-text citation leads to
// exactly one reference, by Cite Them Right Harvard: author or organisation
// and year, with a letter (2024a, 2024b) for two works of one author in one
// year.
type Pack struct {
	Title string
	Items []evidence.Item
	// Themes is the taxonomy, for the headings of a pack grouped by theme.
	Themes []Theme
	// Group is GroupNone or GroupTheme.
	Group    string
	Accessed time.Time
	// Style is the citation style; empty is evidence.DefaultStyle.
	Style evidence.Style
	// Figures adds a table of the figures (figure, what it measures,
	// source as the finding is cited, the figure's own period) after
	// the findings.
	Figures bool
	// Others are, by item id, the other values other sources give for a
	// finding's measure, group and period (the links of type disagrees):
	// a note under the finding lists them with their citations, and their
	// works join the references.
	Others map[string][]Other
	// OthersMore counts, by item id, the other values beyond those in
	// Others: a note cites MaxNoteOthers and counts the rest, so a caller
	// need not gather thousands of values a note never names.
	OthersMore map[string]int
}

// LayoutFormats are the formats that write a pack's layout: its title,
// the headings that group its findings (Group) and its table of figures
// (Figures). The others (csv, json, ris, bibtex, csljson) write a row or
// a record an item or a work, with nowhere to put them, so a command
// refuses those options with them rather than leave them out unsaid.
var LayoutFormats = []string{"md", "docx"}

// HasLayout reports whether a format writes a pack's layout (see
// LayoutFormats).
func HasLayout(format string) bool { return slices.Contains(LayoutFormats, format) }

// NumbersAsPack reports whether a format cites a pack's findings as its
// document does, numbering and lettering the works its notes on other
// values cite too (Pack.citer): md and docx, which write the notes, and
// json and csv, whose citations must agree with theirs. A command gathers
// a pack's Others for these formats alone.
func NumbersAsPack(format string) bool {
	return HasLayout(format) || format == "json" || format == "csv"
}

// Other is another source's value for a finding's measure.
type Other struct {
	Figure evidence.Figure
	Item   evidence.Item
}

// Section is one heading's findings.
type Section struct {
	Heading string
	Items   []evidence.Item
}

// Sections are the pack's findings under their headings: one section in
// the order given, or one per theme (see GroupTheme).
func (p Pack) Sections() []Section {
	if p.Group != GroupTheme {
		if len(p.Items) == 0 {
			return nil
		}
		return []Section{{Heading: "Findings", Items: p.Items}}
	}
	labels := map[string]string{}
	for _, t := range p.Themes {
		labels[t.ID] = t.Label
	}
	byTheme := map[string]int{}
	var out []Section
	var other []evidence.Item
	for _, it := range p.Items {
		if len(it.Themes) == 0 {
			other = append(other, it)
			continue
		}
		id := it.Themes[0]
		i, ok := byTheme[id]
		if !ok {
			heading := labels[id]
			if heading == "" {
				heading = id
			}
			i = len(out)
			byTheme[id] = i
			out = append(out, Section{Heading: heading})
		}
		out[i].Items = append(out[i].Items, it)
	}
	if len(other) > 0 {
		out = append(out, Section{Heading: "Other findings", Items: other})
	}
	return out
}

// cited is the pack as a document cites it: each finding with its
// citation, in the order shown, then the reference list. Citing in the
// order shown matters: Vancouver numbers works, and the footnote style
// gives full notes, by first citation.
type cited struct {
	sections []citedSection
	refs     []evidence.Entry
	style    evidence.Style
}

type citedSection struct {
	heading string
	items   []citedItem
}

type citedItem struct {
	item evidence.Item
	cit  evidence.Citation
	// others are the other values other sources give for its measure,
	// cited in the same document, the first MaxNoteOthers of them; more
	// counts the rest.
	others []citedOther
	more   int
	// figureNote is the finding's figure's note (figureNoteText), or "".
	figureNote string
}

// MaxNoteOthers bounds the other values a finding's note cites: a
// finding 4,000 others contradict (one measure reported by every trust)
// had a note of 4,000 citations, and every finding of the pack one, so the
// pack grew with the square of its findings. The rest are counted.
const MaxNoteOthers = 5

type citedOther struct {
	figure evidence.Figure
	cit    evidence.Citation
	item   evidence.Item
}

// Style is the pack's citation style: Harvard unless chosen.
func (p Pack) style() evidence.Style {
	if p.Style == "" {
		return evidence.DefaultStyle
	}
	return p.Style
}

// citeOrder is what the pack cites, in the order its document first
// cites it: each finding in the order shown (Sections), then the other
// values its note cites (the first MaxNoteOthers).
func (p Pack) citeOrder() []evidence.Item {
	var all []evidence.Item
	for _, sec := range p.Sections() {
		for _, it := range sec.Items {
			all = append(all, it)
			others := p.Others[it.ID]
			for _, o := range others[:min(len(others), MaxNoteOthers)] {
				all = append(all, o.Item)
			}
		}
	}
	return all
}

// citer is the pack's citer, before it cites anything: the one that
// letters and numbers the pack's works, which every output of the pack
// (Markdown, Word, JSON) cites with. The works of other sources' values
// join the list, so their letters and numbers are the list's, and
// Vancouver numbers every work in the order the document first cites it
// (citeOrder) whichever output cites it. Before, the JSON numbered the
// findings' works alone, in item order: a finding after one whose note
// cited another work was "(2)" in the JSON and "(3)" in the Markdown
// (hostile check 65 M3).
func (p Pack) citer() *evidence.Citer {
	order := p.citeOrder()
	c := evidence.NewCiter(p.style(), p.Accessed, order)
	c.NumberWorks(order)
	return c
}

func (p Pack) cite() cited {
	c := p.citer()
	out := cited{style: p.style()}
	for _, sec := range p.Sections() {
		cs := citedSection{heading: sec.Heading}
		for _, it := range sec.Items {
			ci := citedItem{item: it, cit: c.Cite(it), figureNote: figureNoteText(c, it)}
			others := p.Others[it.ID]
			for _, o := range others[:min(len(others), MaxNoteOthers)] {
				ci.others = append(ci.others, citedOther{figure: o.Figure, cit: c.Cite(o.Item), item: o.Item})
			}
			ci.more = max(len(others)-MaxNoteOthers, 0) + p.OthersMore[it.ID]
			cs.items = append(cs.items, ci)
		}
		out.sections = append(out.sections, cs)
	}
	out.refs = c.References()
	return out
}

// figureNoteText is the note under a finding whose headline figure is
// cited to another work than its quote (evidence.Item.FigureNote): "Note:
// the figure 9% is cited to Patel, 2025 alone: Kent County Council, 2025
// was not seen to state it." Empty when there is none.
func figureNoteText(c *evidence.Citer, it evidence.Item) string {
	if n := c.FigureNote(it); n != "" {
		return "Note: " + n + "."
	}
	return ""
}

// findingNote is the note under a finding: first its figure's
// (figureNoteText), then, where other sources contradict it, "Note: other
// sources give another value for this measure: 46% (Tes, 2024)." Each
// writer renders it: text runs as text, and each other value's citation
// in its own way (in the footnote style, a note of its own). Nil when
// there is neither. Before (hostile check 69 F4), the figure's note was
// shown by cypx show alone, and a pack quoted a story's figure in bold
// under its primary's citation with no word that the primary does not
// state it.
func (ci citedItem) findingNote() []notePiece {
	var pieces []notePiece
	lead := "Note: other sources give "
	if ci.figureNote != "" {
		pieces = append(pieces, notePiece{text: ci.figureNote})
		lead = " Other sources give "
	}
	if len(ci.others) == 0 {
		return pieces
	}
	what := "another value"
	if len(ci.others) > 1 {
		what = "other values"
	}
	pieces = append(pieces, notePiece{text: lead + what + " for this measure: "})
	for i, o := range ci.others {
		if i > 0 {
			pieces = append(pieces, notePiece{text: "; "})
		}
		pieces = append(pieces, notePiece{text: o.figure.Badge()}, notePiece{other: &ci.others[i]})
	}
	if ci.more > 0 {
		pieces = append(pieces, notePiece{text: fmt.Sprintf("; and %d more ('cypx figures' lists them)", ci.more)})
	}
	return append(pieces, notePiece{text: "."})
}

// noteLine is findingNote on one line of text, a CSV cell: each other
// value cited in the style (in the footnote style, its note in brackets),
// then the references of the works it cites (refsOf, RowReferences of the
// pack's list), so a row read alone names the work its note's number or
// letter points to. "" when the finding has no note.
func (ci citedItem) noteLine(style evidence.Style, refsOf func(evidence.Item) string) string {
	var b strings.Builder
	var refs []string
	for _, piece := range ci.findingNote() {
		switch {
		case piece.other == nil:
			b.WriteString(piece.text)
		case style == evidence.Footnotes:
			b.WriteString(" (" + strings.TrimSuffix(evidence.OneLine(piece.other.cit.Note.String()), ".") + ")")
		default:
			b.WriteString(" " + piece.other.cit.InText)
			if r := refsOf(piece.other.item); r != "" && !slices.Contains(refs, r) {
				refs = append(refs, r)
			}
		}
	}
	for _, r := range refs {
		b.WriteString(" " + r)
	}
	return b.String()
}

// notePiece is text, or the citation of another value.
type notePiece struct {
	text  string
	other *citedOther
}

// Citation is an item's in-text citation in this pack (its note, in the
// footnote style).
func (p Pack) Citation(it evidence.Item) string {
	for _, sec := range p.cite().sections {
		for _, ci := range sec.items {
			if ci.item.ID == it.ID {
				if ci.cit.InText == "" {
					return ci.cit.Note.String()
				}
				return ci.cit.InText
			}
		}
	}
	return ""
}

// References are the full references of every work the pack cites, one
// each, in the style's order: by author, then year, then letter (Harvard,
// APA, the footnote style's bibliography), or by number (Vancouver).
func (p Pack) References() []string {
	refs := p.cite().refs
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = r.Text.String()
	}
	return out
}

// marker is what starts an entry of the reference list: see entryMarker.
func (c cited) marker(e evidence.Entry, other string) string {
	return entryMarker(c.style, e, other)
}

// referencesHeading is what the list of works is called in the style.
func (c cited) referencesHeading() string { return referencesHeading(c.style) }

// entryMarker is what starts an entry of a reference list in a style: its
// number in Vancouver, whose citations are numbers; elsewhere the list is
// alphabetical, as the guides set it, and unnumbered (other).
func entryMarker(st evidence.Style, e evidence.Entry, other string) string {
	if st == evidence.Vancouver {
		return strconv.Itoa(e.Number) + ". "
	}
	return other
}

// MarkdownReferences is a reference list as Markdown: its heading and a
// line a work, numbered in Vancouver, else a list item; "" for no works.
// The briefing pack, the items' Markdown and the comparison table write
// theirs with it.
func MarkdownReferences(st evidence.Style, refs []evidence.Entry) string {
	if len(refs) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n", referencesHeading(st))
	for _, r := range refs {
		fmt.Fprintf(&b, "%s%s\n", entryMarker(st, r, "- "), r.Text.MarkdownEntry())
	}
	return b.String()
}

// TextReferences is a reference list as plain text: its heading, then a
// line a work, numbered in Vancouver; none for no works.
func TextReferences(st evidence.Style, refs []evidence.Entry) []string {
	if len(refs) == 0 {
		return nil
	}
	out := []string{referencesHeading(st)}
	for _, r := range refs {
		out = append(out, ReferenceText(st, r))
	}
	return out
}

// ReferenceText is one work of a reference list as plain text, numbered in
// Vancouver ("1. NHS Providers. …").
func ReferenceText(st evidence.Style, e evidence.Entry) string {
	return entryMarker(st, e, "") + e.Text.String()
}

// referencesHeading is what the list of works is called in a style.
func referencesHeading(st evidence.Style) string {
	if st == evidence.Footnotes {
		return "Bibliography"
	}
	return "References"
}

// title is the pack's title: the one given, or the default where none
// is, or only blanks (--title " " made a heading of nothing, "# ").
func (p Pack) title() string {
	if t := strings.TrimSpace(p.Title); t != "" {
		return t
	}
	return "Evidence on children and young people's health services"
}

func (p Pack) sourceCount() int {
	seen := map[string]bool{}
	for _, it := range p.Items {
		seen[it.Source.ID] = true
	}
	return len(seen)
}

// segments splits an item's text into runs, marking its figures, so a
// statistic's figures can be set in bold without changing a character.
func segments(it evidence.Item) []struct {
	text   string
	figure bool
} {
	type seg = struct {
		text   string
		figure bool
	}
	// The quote as it is shown (QuoteLineFrom: its marks left out, its
	// line breaks folded, a cell only continuing the figure above blank),
	// and where each byte came from: a figure is the shown bytes that
	// came from its own, so "Rose to **1 120** children" bolds "1 120"
	// as the same sentence unmarked does (hostile check 70, G4, and 84b,
	// F5: a marked quote's figures were found again by their text, and
	// none was bold).
	line, from := evidence.QuoteLineFrom(it.Text)
	if it.Kind != evidence.Statistic || len(it.Figures) == 0 {
		return []seg{{line, false}}
	}
	var out []seg
	last := 0
	for _, f := range it.Figures {
		a := sort.SearchInts(from, f.Offset)
		b := sort.SearchInts(from, f.Offset+len(f.Text))
		for a < b && line[a] == ' ' {
			a++
		}
		for b > a && line[b-1] == ' ' {
			b--
		}
		if a < last || a >= b {
			continue
		}
		if a > last {
			out = append(out, seg{line[last:a], false})
		}
		out = append(out, seg{line[a:b], true})
		last = b
	}
	return append(out, seg{line[last:], false})
}

// speakerTail names who speaks a Markdown quote (evidence.Citation.Speaker)
// after its words on the quote's line, " — Dr Iona Reed, …", as the copy
// does, or "". The line under the quote stays its citation's.
func speakerTail(cit evidence.Citation) string {
	if cit.Speaker == "" {
		return ""
	}
	return " — " + evidence.MarkdownText(cit.Speaker)
}

// WriteMarkdown writes the pack as a Markdown briefing: the title, the
// date and what it was prepared from, the findings quoted with their
// citations (footnotes as [^1] in the footnote style), the table of
// figures when asked for, and the references.
func (p Pack) WriteMarkdown(w io.Writer) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "# %s\n\n", evidence.MarkdownText(p.title()))
	fmt.Fprintf(b, "%s\n\n%s\n\n", evidence.DateOf(p.Accessed).Long(), p.prepared())
	doc := p.cite()
	var notes []string
	for _, sec := range doc.sections {
		fmt.Fprintf(b, "## %s\n\n", evidence.MarkdownText(sec.heading))
		for _, ci := range sec.items {
			it := ci.item
			b.WriteString("> ")
			for _, s := range segments(it) {
				if s.figure {
					b.WriteString("**" + evidence.MarkdownEscape(s.text) + "**")
				} else {
					b.WriteString(evidence.MarkdownEscape(s.text))
				}
			}
			var nb strings.Builder
			// The finding's own note is numbered before its note's other
			// values (Pack.cite), and is defined before them: the
			// definitions run [^1], [^2], [^3] as the marks do, where
			// they ran [^1], [^3], [^2] (hostile check 67).
			var otherNotes []string
			for _, piece := range ci.findingNote() {
				switch {
				case piece.other == nil:
					nb.WriteString(evidence.MarkdownInline(piece.text))
				case doc.style == evidence.Footnotes:
					n := strconv.Itoa(piece.other.cit.Number)
					nb.WriteString("[^" + n + "]")
					otherNotes = append(otherNotes, "[^"+n+"]: "+piece.other.cit.Note.MarkdownEntry())
				default:
					nb.WriteString(" " + piece.other.cit.Markdown)
				}
			}
			note := nb.String()
			if note != "" {
				note = "*" + note + "*\n\n"
			}
			if doc.style == evidence.Footnotes {
				n := strconv.Itoa(ci.cit.Number)
				fmt.Fprintf(b, "%s[^%s]\n>\n> — %s\n\n%s", speakerTail(ci.cit), n, evidence.MarkdownText(kindLabel(it)), note)
				notes = append(notes, "[^"+n+"]: "+ci.cit.Note.MarkdownEntry())
				notes = append(notes, otherNotes...)
				continue
			}
			fmt.Fprintf(b, "%s\n>\n> — %s, %s\n\n%s", speakerTail(ci.cit), ci.cit.Markdown, evidence.MarkdownText(kindLabel(it)), note)
		}
	}
	if p.Figures {
		if rows := doc.figureRows(); len(rows) > 0 {
			b.WriteString("## Figures\n\n| Figure | What it measures | Source | Period |\n|---|---|---|---|\n")
			cell := evidence.MarkdownText
			for _, r := range rows {
				fmt.Fprintf(b, "| %s | %s | %s | %s |\n", cell(r.Figure), cell(r.Measure), cell(r.Source), cell(r.Period))
			}
			b.WriteString("\n")
		}
	}
	b.WriteString(MarkdownReferences(doc.style, doc.refs))
	if len(notes) > 0 {
		b.WriteString("\n" + strings.Join(notes, "\n") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// prepared is the line under the title: "Prepared with cypx from 3
// sources (5 findings)."
func (p Pack) prepared() string {
	return fmt.Sprintf("Prepared with cypx from %s (%s).", plural(p.sourceCount(), "source"), plural(len(p.Items), "finding"))
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// JSONWithCitations writes items in the JSON contract, each with its
// citations in a style: "plain", "markdown", "figure" and "reference", and
// "harvard", the Harvard reference, as before there were styles. Each key
// is one document of the items in order, as the CSV and Markdown of the
// same export are (one citer a key, so a key's numbers and notes run
// across the items as a document's do): Vancouver numbers the works in
// item order ("(2)", and "2. …" as the reference), the author–date styles
// letter two works of one author in one year (2024a, 2024b), the footnote
// style's note is full at the work's first citation and short after.
// Before, each item was cited on its own: every item of a Vancouver export
// was "(1)", and two reports of one publisher in one year were both
// "(Acme Trust, 2024)", where the CSV and Markdown said (2) and 2024b.
func JSONWithCitations(w io.Writer, items []evidence.Item, style evidence.Style, accessed time.Time) error {
	return Pack{Items: items, Style: style, Accessed: accessed}.WriteJSON(w)
}

// WriteJSON writes the pack's findings in the JSON contract, in the order
// given, as JSONWithCitations does, each key's citer the pack's own
// (Pack.citer): a work is numbered and lettered as the pack's Markdown and
// Word number and letter it, the works its notes cite on other values
// counted too.
func (p Pack) WriteJSON(w io.Writer) error {
	style := p.style()
	citers := make([]*evidence.Citer, len(evidence.Formats))
	for i := range citers {
		citers[i] = p.citer()
	}
	hp := p
	hp.Style = evidence.Harvard
	harvard := hp.citer()
	out := make([]map[string]any, 0, len(p.Items))
	for _, it := range p.Items {
		raw, err := jsonMarshal(it)
		if err != nil {
			return err
		}
		cites := map[string]string{}
		for i, f := range evidence.Formats {
			cites[string(f)] = citers[i].Format(it, f)
		}
		cites["harvard"] = harvard.Format(it, evidence.FormatReference)
		// The item's own `citation` (Harvard, narrative) is the pack's
		// too, lettered as its Harvard reference beside it is: every
		// field of one export cites a work alike (hostile check 67).
		raw["citation"] = harvard.Narrative(it)
		raw["citations"] = cites
		raw["citation_style"] = string(style)
		// The figure's note names works as the citations beside it do,
		// in the pack's style (the item's own is Harvard's).
		delete(raw, "figure_note")
		if n := citers[0].FigureNote(it); n != "" {
			raw["figure_note"] = n
		}
		out = append(out, raw)
	}
	return writeJSON(w, out)
}
