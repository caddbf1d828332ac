package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/themes"

	"io/fs"
)

func bundledFS() fs.FS { return bundled.FS }

// textWidth is the width text output wraps at.
const textWidth = 100

// writeHitsText writes each item as a header line (badge, kind, citation,
// id) and its text wrapped and indented below; with bold, matched words are
// set in bold.
func writeHitsText(w io.Writer, hits []index.Hit, bold bool) error {
	return writeHitsMarked(w, hits, bold, nil)
}

// writeHitsMarked is writeHitsText with a column before each header line
// holding what mark says of the item ("new"), when mark is given.
func writeHitsMarked(w io.Writer, hits []index.Hit, bold bool, mark func(id string) string) error {
	for _, h := range hits {
		it := h.Item
		if mark != nil {
			fmt.Fprintf(w, "%-4s ", mark(it.ID))
		}
		fmt.Fprintln(w, itemLine(it, badgeCells))
		shown := evidence.SpanMarksBlanked(it.Text)
		text := evidence.Printable(shown)
		if bold && len(h.Matches) > 0 {
			text = emphasise(shown, h.Matches)
		}
		indent := 9
		if mark != nil {
			indent += 5
		}
		for _, line := range wrap(evidence.QuoteLine(text), textWidth-indent) {
			fmt.Fprintf(w, "%*s%s\n", indent, "", line)
		}
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	return nil
}

// emphasise makes matched spans bold with SGR codes. The text is escaped
// piece by piece and the codes added after, so they are the only escape
// codes in the result and nothing escapes them again.
func emphasise(text string, spans []index.Span) string {
	var b strings.Builder
	last := 0
	for _, s := range spans {
		if s.Start < last || s.End > len(text) || s.Start > s.End {
			continue
		}
		b.WriteString(evidence.Printable(text[last:s.Start]))
		b.WriteString(boldOn + evidence.Printable(text[s.Start:s.End]) + boldOff)
		last = s.End
	}
	b.WriteString(evidence.Printable(text[last:]))
	return b.String()
}

// maxFacetsShown bounds the values a facet line of the text output shows:
// the index counts every theme (up to themes.MaxThemes), and the line
// says how many more there are; --format json gives every count.
const maxFacetsShown = 100

func writeFacetsText(w io.Writer, res index.Result) {
	labels := map[string]string{"theme": "Themes", "kind": "Kinds", "source": "Sources"}
	for _, field := range []string{"theme", "kind", "source"} {
		var parts []string
		for i, f := range res.Facets[field] {
			if i == maxFacetsShown {
				parts = append(parts, fmt.Sprintf("… %d more (--format json lists every one)", len(res.Facets[field])-i))
				break
			}
			parts = append(parts, fmt.Sprintf("%s %d", cell(f.Value), f.Count))
		}
		if len(parts) > 0 {
			fmt.Fprintf(w, "%-8s %s\n", labels[field], strings.Join(parts, " · "))
		}
	}
}

// writeItemDetail writes one item in full.
func writeItemDetail(w io.Writer, res resolve.Resolved, tax *themes.Taxonomy, style evidence.Style, accessed time.Time) error {
	it := res.Item
	s := it.Source
	tw := newTable(w)
	tw.row("id", it.ID)
	tw.row("kind", string(it.Kind))
	if it.Number != "" {
		tw.row("number", it.NumberLabel())
	}
	tw.row("source", s.ID)
	tw.row("title", shown(s.Title))
	tw.row("publisher", shown(s.Publisher))
	if s.Author != "" {
		tw.row("author", shown(s.Author))
	}
	tw.row("date", s.Date.Long())
	tw.row("type", string(s.Type))
	if s.URL != "" {
		tw.row("url", shown(evidence.CitedURL(s.URL)))
	}
	if s.Note != "" {
		tw.row("basis", shown(s.Note))
	}
	if it.Section != "" {
		tw.row("section", it.Section)
	}
	if it.Speaker != "" {
		// The quotation's speaker, whose lead-in makes no item of its own.
		tw.row("speaker", shown(it.Speaker))
	}
	tw.row("where", fmt.Sprintf("%s line %d", s.File, it.Line))
	if it.Page > 0 {
		tw.row("page", fmt.Sprint(it.Page))
	}
	var labels []string
	for _, t := range it.Themes {
		labels = append(labels, tax.Label(t))
	}
	tw.row("themes", strings.Join(labels, " · "))
	if len(it.Actors) > 0 {
		var as []string
		for _, a := range it.Actors {
			as = append(as, string(a))
		}
		tw.row("actors", strings.Join(as, ", "))
	}
	if it.Header != "" {
		tw.row("header", evidence.QuoteLine(it.Header))
	}
	for i, f := range it.Figures {
		label := ""
		if i == 0 {
			label = "figures"
		}
		// The figure as its badge and copy give it (Figure.Copied): a
		// table cell's "45" under "(%)" is "45%", a "1,900" under
		// "(£000s)" "£1.9m"; show printed them bare, "45  (45 percent)"
		// (hostile check 64 L6).
		shownAs := f.Copied()
		desc := fmt.Sprintf("%s  (%s %s", shownAs, evidence.ValueText(f.Value), f.Unit)
		if f.IsRange() {
			desc = fmt.Sprintf("%s  (%s–%s %s", shownAs, evidence.ValueText(f.Low), evidence.ValueText(f.High), f.Unit)
		}
		if f.Qualifier != "" {
			desc += ", " + f.Qualifier
		}
		if f.Role != "" {
			desc += ", " + string(f.Role)
		}
		tw.row(label, desc+")")
		// The record under its figure: what it measures, of whom, when,
		// where, on what base and with what change.
		for _, rf := range f.Record.Fields() {
			tw.row("", "  "+rf.Name+": "+rf.Value)
		}
	}
	if it.Primary != nil {
		tw.row("primary", fmt.Sprintf("%s: %s (this %s reports it)", shown(evidence.SourceLabel(*it.Primary, style)), shown(it.Primary.Title), s.Type))
	}
	// Vancouver's in-text citation is its numbered references, a story's
	// primary and the story each on a line of its own.
	for i, line := range strings.Split(res.InText(style, accessed), "\n") {
		label := ""
		if i == 0 {
			label = "cite"
		}
		tw.row(label, shown(line))
	}
	if note := res.Note(style); note != "" {
		tw.row("note", shown(note))
	}
	if err := tw.flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	for _, line := range wrap(evidence.ShownQuote(it.Text), textWidth-2) {
		fmt.Fprintf(w, "  %s\n", line)
	}
	if style == evidence.Vancouver {
		// Its cite row is the numbered references already.
		return nil
	}
	fmt.Fprintln(w)
	// The references the cite row leads to, as the reference copy gives
	// them (cypx cite --format reference, C in the explorer): each work
	// cited, a story's primary first, in the style. It was the item's own
	// source in Harvard whatever the style.
	for _, line := range strings.Split(res.Cite(style, evidence.FormatReference, accessed), "\n") {
		if _, err := fmt.Fprintln(w, cell(shown(line))); err != nil {
			return err
		}
	}
	return nil
}

// shown is a metadata value, or a citation or reference made of several,
// as a line of the terminal shows it: cut at evidence.MaxShownChars with
// "…" and its whole length. `cypx show` printed a 5 MB title whole; the
// citations cypx cite and the exports give carry it as written.
func shown(s string) string { return evidence.Shown(s, evidence.MaxShownChars) }

// wrap breaks text into lines of at most width columns at spaces. The
// text is already escaped; the only escape codes in it are cypx's own
// bold, which take no room. Only a space, a tab or a newline breaks a
// line: a no-break space (U+00A0, "18\u00a0weeks") or a narrow one holds
// its words together and is shown as written (strings.Fields broke the
// line there and printed a plain space).
func wrap(text string, width int) []string {
	var lines []string
	var line strings.Builder
	n := 0
	for _, word := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' }) {
		wl := ansi.StringWidth(word)
		if n > 0 && n+1+wl > width {
			lines = append(lines, line.String())
			line.Reset()
			n = 0
		}
		if n > 0 {
			line.WriteByte(' ')
			n++
		}
		line.WriteString(word)
		n += wl
	}
	if n > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// The columns of an item's header line (cypx search, items, links,
// saved run, basket list), in cells: its badge's (the basket's list is
// one narrower, for its line numbers), its kind's and its publisher's.
const (
	badgeCells     = 8
	kindCells      = 14
	publisherCells = 28
)

// itemLine is an item's header line: its badge, kind and publisher in
// columns (padCell), then its id.
func itemLine(it evidence.Item, badge int) string {
	return padCell(it.Badge(), badge) + " " + padCell(string(it.Kind), kindCells) + " " +
		padCell(shown(evidence.PublisherLabel(it.Source)), publisherCells) + " " + cell(it.ID)
}

// padCell is a cell of a column of text output padded to width cells: in
// the explorer's steady form (evidence.ScreenLine, cell's escaping then
// evidence.Steady), measured as the explorer measures (fit.Width). A
// column has to be as wide on the screen as it was measured, and
// terminals differ on the text the steady form changes: a family emoji
// ("👨‍👩‍👧") is two cells in some and six in others, "👍🏽" two or four, and
// "%-28s" counted characters, not cells, so a publisher of wide CJK
// characters pushed the ids after it two cells out of line a character,
// one with a family six (issue 15). Text too wide for its column is left
// whole: the line is pushed out, nothing cut.
func padCell(s string, width int) string { return unsplit(fit.Pad(evidence.ScreenLine(s), width)) }

// unsplit takes out the zero-width spaces the steady form puts between
// the cells of a syllable a terminal draws cell by cell ("की" as "क", a
// zero-width space, "ी"): a command's output to a terminal escapes every
// invisible character (evidence.Printable), so each was printed as the
// six letters "\u200b", and the syllable unsplit is drawn over the same
// cells. Any zero-width space of the text itself was escaped by cell's
// escaping before Steady, so none of its own is taken out.
func unsplit(s string) string { return strings.ReplaceAll(s, "\u200b", "") }

// tableGap is the space between the columns of a table.
const tableGap = 2

// table lines up columns of text output, tableGap cells apart, as
// text/tabwriter did, but measured in cells (padCell): tabwriter counted a
// character as one cell, a wide CJK character too, and the columns after
// one were pushed out of line. Every cell but a row's last is a column's,
// shown steady and padded; the last is shown as written (cell), since
// nothing after it has to line up: `cypx show`'s values and citations,
// the library's titles are printed as the source holds them.
type table struct {
	w    io.Writer
	rows [][]string
}

func newTable(w io.Writer) *table { return &table{w: w} }

// row adds a row of cells; the tables' rows each have as many cells.
func (t *table) row(cells ...string) {
	row := make([]string, len(cells))
	for i, c := range cells {
		if i < len(cells)-1 {
			row[i] = evidence.ScreenLine(c) // unsplit once padded
		} else {
			row[i] = cell(c)
		}
	}
	t.rows = append(t.rows, row)
}

// flush writes the rows, each column as wide as its widest cell.
func (t *table) flush() error {
	var widths []int
	for _, r := range t.rows {
		for i, c := range r[:max(len(r)-1, 0)] {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], fit.Width(c))
		}
	}
	b := bufio.NewWriter(t.w)
	for _, r := range t.rows {
		for i, c := range r {
			if i < len(r)-1 {
				c = unsplit(fit.Pad(c, widths[i]+tableGap))
			}
			b.WriteString(c)
		}
		b.WriteByte('\n')
	}
	t.rows = nil
	return b.Flush()
}

// writeLinksText lists linked findings: type, score and reason, then the item.
func writeLinksText(w io.Writer, ls []links.Link) error {
	fmt.Fprintf(w, "\nLinked findings (%d)\n\n", len(ls))
	for _, l := range ls {
		fmt.Fprintf(w, "%-19s %.2f  %s\n", l.Type, l.Score, cell(shown(l.Reason)))
		fmt.Fprintln(w, itemLine(l.Item, badgeCells))
		for _, line := range wrap(evidence.ShownQuote(l.Item.Text), textWidth-9) {
			fmt.Fprintf(w, "%9s%s\n", "", line)
		}
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	return nil
}
