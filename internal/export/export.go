// Package export writes evidence items for other programs and documents:
// the JSON contract, CSV rows, and Markdown quotes with their citations.
package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
)

// JSON writes items as one indented JSON array in the item contract.
func JSON(w io.Writer, items []evidence.Item) error {
	out := make([]evidence.Item, len(items))
	for i, it := range items {
		out[i] = headed(it)
	}
	return writeJSON(w, out)
}

// headed is an item as the JSON exports write it: its figures with the
// one a briefing quotes marked as the headline where a later year's level
// heads it (evidence.Item.HeadlineMarked), so that the JSON names the
// figure and year the badge, the copy and the CSV give.
func headed(it evidence.Item) evidence.Item {
	it.Figures = it.HeadlineMarked()
	return it
}

func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(jsonSafe(buf.Bytes()))
	return err
}

// jsonSafe writes as \u escapes the characters a terminal would act on or
// hide (evidence.UnsafeAfter) that encoding/json leaves raw: DEL, C1
// controls, bidirectional and zero-width characters, a variation selector
// that modifies nothing. JSON's structure is ASCII, so they can only be
// inside strings, where the escape means the same character: the data is
// unchanged, and JSON printed to a terminal is safe.
func jsonSafe(b []byte) []byte {
	i := bytes.IndexFunc(b, func(r rune) bool { return r != '\n' && evidence.Unsafe(r) })
	if i < 0 {
		return b
	}
	out := append(make([]byte, 0, len(b)+64), b[:i]...)
	prev, _ := utf8.DecodeLastRune(b[:i])
	if i == 0 || prev == utf8.RuneError {
		prev = -1
	}
	for _, r := range string(b[i:]) {
		if r == '\n' || !evidence.UnsafeAfter(prev, r) {
			out = utf8.AppendRune(out, r)
		} else {
			for _, u := range utf16.Encode([]rune{r}) {
				out = fmt.Appendf(out, `\u%04x`, u)
			}
		}
		prev = r
	}
	return out
}

// Value writes any value as indented JSON, for results that wrap items.
func Value(w io.Writer, v any) error { return writeJSON(w, v) }

// CSVHeader is the column list of CSV output.
//
// A recommendation's number, as published (evidence.Item.NumberLabel), is
// the last column but one, so the columns before it keep the places they
// had; a statistic's measure (evidence.Item.FigureMeasure, what the pack's
// table of figures says it measures) after it: a table row's "18" was
// told apart from the row's other figures by nothing; then the
// figure's period as the table of figures gives it
// (evidence.Item.FigurePeriod): "year" is the work's, and a figure of
// 2023 stood beside 2025 with its own period nowhere in the row.
//
// A basket's CSV (Pack.WriteCSV) ends with a `note` column: the pack's
// note on other sources' values for the finding's measure, cited as the
// Markdown's is, with the references of the works it cites. Before
// (hostile check 67) the CSV had no note, so a Vancouver CSV's citations
// ran (1), (2), (4) with work 3, the note's, nowhere in it. `number` is a
// recommendation's number as published (Item.NumberLabel), never a
// citation's: a CSV cites in its `citation` column.
var CSVHeader = []string{"id", "kind", "figure", "value", "unit", "text", "themes", "actors", "publisher", "year", "title", "url", "citation", "reference", "number", "measure", "period", "note", "speaker"}

// CSV writes one row per item. A statistic's headline figure fills the figure
// (as the pack's table of figures gives it, evidence.Item.FigureText:
// "£4.5m", where value is 4500000), value, unit and measure columns; themes and actors are joined with "; ";
// publisher, year, title and url are the work the row's citation names
// first (a story's primary, where its finding was found there). The rows
// are cited in style (the configured one, as every other output is; the
// default when empty) as one document, as the briefing pack in Markdown
// and Word and the figures table's CSV cite theirs: Vancouver numbers the
// works in row order, the author–date styles letter two works of one
// author in one year, the footnote style's note is full the first time a
// work is cited. Each row carries the full reference of each work it is
// cited to (RowReferences), so a row read alone names its source. Before,
// each row was cited on its own: every row of a Vancouver export was "(1)"
// whatever its work, two reports of one publisher in one year were both
// "(Acme Trust, 2024)" where the pack in Markdown said 2024a and 2024b,
// and a story's two references were run together with a visible "\n".
func CSV(w io.Writer, items []evidence.Item, style evidence.Style, accessed time.Time) error {
	if style == "" {
		style = evidence.DefaultStyle
	}
	return writeCSV(w, items, style, evidence.NewCiter(style, accessed, items), nil)
}

// WriteCSV writes the pack's findings as CSV does, cited by the pack's
// citer (Pack.citer), so a row's number or letter is the one the pack's
// Markdown, Word and JSON give its work. Before, a basket exported as CSV
// was numbered by its findings alone: where a finding's note cited
// another work, the next finding was "(2)" in the CSV and "(3)" in the
// Markdown of the same basket (hostile check 66).
func (p Pack) WriteCSV(w io.Writer) error {
	doc := p.cite()
	refsOf := RowReferences(doc.style, doc.refs)
	notes := map[string]string{}
	for _, sec := range doc.sections {
		for _, ci := range sec.items {
			if n := ci.noteLine(doc.style, refsOf); n != "" {
				notes[ci.item.ID] = n
			}
		}
	}
	return writeCSV(w, p.Items, p.style(), p.citer(), notes)
}

// writeCSV writes items as rows cited by c in style, each row's note
// (the last column) from notes by item id.
func writeCSV(w io.Writer, items []evidence.Item, style evidence.Style, c *evidence.Citer, notes map[string]string) error {
	cites := make([]string, len(items))
	speakers := make([]string, len(items))
	for i, it := range items {
		cit := c.Cite(it)
		cites[i], speakers[i] = cit.InText, cit.Speaker
		if style == evidence.Footnotes {
			cites[i] = cit.Note.String()
		}
	}
	refsOf := RowReferences(style, c.References())
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for i, it := range items {
		var fig, val, unit, measure, period string
		if f, ok := it.Headline(); ok {
			fig, val, unit = it.FigureText(f), evidence.ValueText(f.Value), string(f.Unit)
			if it.Kind == evidence.Statistic {
				measure, period = it.FigureMeasure(f), it.FigurePeriod(f)
			}
		}
		actors := make([]string, len(it.Actors))
		for i, a := range it.Actors {
			actors[i] = string(a)
		}
		// The work the citation names first: a story's finding found in
		// the report it covers is cited "(NHS Providers, 2024; reported by
		// Gault, 2024)", and its row's publisher was Gault's (hostile
		// check 61 L8). The reference column holds both works.
		work := evidence.ItemWorks(it)[0]
		// A story's headline figure its primary was not seen to state is
		// said so in the row's note, as under the quote in every pack
		// (figureNoteText); the row is cited as the item is on every
		// path. Before (hostile check 69 F4), such a row read "9%" beside
		// the primary's publisher and citation with an empty note.
		note, ok := notes[it.ID]
		if !ok {
			note = figureNoteText(c, it)
		}
		row := []string{it.ID, string(it.Kind), fig, val, unit, evidence.QuoteLine(it.Text),
			strings.Join(it.Themes, "; "), strings.Join(actors, "; "), work.Publisher,
			strconv.Itoa(work.Date.Year), work.Title, evidence.CitedURL(work.URL), cites[i], refsOf(it), it.NumberLabel(), measure, period, note, speakers[i]}
		for i := range row {
			row[i] = csvSafe(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// RowReferences gives, for an item of a document whose works are refs
// (Citer.References), the references of the works the item is cited to,
// its primary first, as the document's list gives them (numbered in
// Vancouver), on one line: a row of a CSV. One that ends in no full stop
// (a footnote style's bibliography entry, an APA or Vancouver address) is
// followed by a semicolon, as works are in a note, so where each ends can
// be told. Every CSV cypx writes takes a row's references from here.
func RowReferences(st evidence.Style, refs []evidence.Entry) func(evidence.Item) string {
	byWork := map[string]string{}
	for _, e := range refs {
		byWork[evidence.WorkKey(e.Source)] = ReferenceText(st, e)
	}
	return func(it evidence.Item) string {
		var b strings.Builder
		seen := map[string]bool{}
		for _, s := range evidence.ItemWorks(it) {
			ref, ok := byWork[evidence.WorkKey(s)]
			if !ok || seen[ref] {
				continue
			}
			seen[ref] = true
			ref = evidence.OneLine(ref)
			if b.Len() > 0 {
				if !strings.HasSuffix(b.String(), ".") {
					b.WriteString(";")
				}
				b.WriteString(" ")
			}
			b.WriteString(ref)
		}
		return b.String()
	}
}

// CSVSafe is a cell as every CSV cypx writes holds it (the figures table's
// too): see csvSafe.
func CSVSafe(s string) string { return csvSafe(s) }

// csvSafe makes a cell safe to print and to open: control and invisible
// characters (an escape sequence in an item's body, a bidi override) are
// written as visible escapes such as \x1b, as every other format writes
// them (evidence.PrintableLine; a line break too, since a cell is one
// line), so CSV sent to a terminal or a pager cannot act on it; and a
// spreadsheet cannot run a cell as a formula: a cell that starts with
// = + - or @ gets a leading apostrophe, as OWASP advises, unless it is a
// plain number.
func csvSafe(s string) string {
	s = evidence.PrintableLine(s)
	if s == "" || !strings.ContainsRune("=+-@", rune(s[0])) {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}

// Markdown writes items as block quotes, each followed by its citation in
// style (the default when empty), then the reference list of every work
// cited — a coverage's primary too — in the style's order: one Citer, as
// the briefing pack cites. It was Harvard whatever the style, and listed
// only the items' own sources, so a story cited primary first had its
// primary missing from the references.
func Markdown(w io.Writer, items []evidence.Item, style evidence.Style, accessed time.Time) error {
	if style == "" {
		style = evidence.DefaultStyle
	}
	c := evidence.NewCiter(style, accessed, items)
	b := &strings.Builder{}
	var notes []string
	for _, it := range items {
		cit := c.Cite(it)
		if style == evidence.Footnotes {
			n := strconv.Itoa(cit.Number)
			fmt.Fprintf(b, "> %s%s[^%s]\n>\n> — %s\n\n", evidence.MarkdownEscape(evidence.QuoteLine(it.Text)), speakerTail(cit), n, evidence.MarkdownText(kindLabel(it)))
			notes = append(notes, "[^"+n+"]: "+cit.Note.MarkdownEntry())
			continue
		}
		fmt.Fprintf(b, "> %s%s\n>\n> — %s · %s\n\n", evidence.MarkdownEscape(evidence.QuoteLine(it.Text)), speakerTail(cit), cit.Markdown, evidence.MarkdownText(kindLabel(it)))
	}
	b.WriteString(MarkdownReferences(style, c.References()))
	if len(notes) > 0 {
		b.WriteString("\n" + strings.Join(notes, "\n") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// jsonMarshal is an item's JSON contract as a map, to add fields to.
func jsonMarshal(it evidence.Item) (map[string]any, error) {
	raw, err := json.Marshal(headed(it))
	if err != nil {
		return nil, err
	}
	var m map[string]any
	err = json.Unmarshal(raw, &m)
	return m, err
}

// kindLabel is an item's kind as an export names it under its quote: a
// recommendation with its number as published ("recommendation 3",
// "recommendation (c)", "recommendation R3"), by the function the
// explorer's badge and `cypx show` number it with, so that a pack and the
// screen it was made from agree; before, a pack's recommendations had no
// number at all.
func kindLabel(it evidence.Item) string {
	if n := it.NumberLabel(); n != "" && it.Kind == evidence.Recommendation {
		return string(it.Kind) + " " + n
	}
	return string(it.Kind)
}
