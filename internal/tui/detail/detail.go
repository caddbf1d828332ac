// Package detail is the explorer's detail pane: the selected item's whole
// text, wrapped, with its figures and matched words highlighted, then where
// it comes from and how to cite it.
package detail

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/results"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Item is what the pane shows: the item (resolved, with its primary when
// it has one), its matched words, why its figure is cited otherwise than
// its quote, and the number of its links. The pane does not keep it: the
// root passes the selection each time, so there is one copy of the
// selected item, the root's.
type Item struct {
	Hit index.Hit
	// Has says there is an item to show.
	Has bool
	// Note says why the figure is cited otherwise than the quote (empty:
	// it is not).
	Note string
	// Links is the number of linked findings, or -1 while unknown.
	Links int
	// Cite is the item's citation in the configured style, as the caller
	// resolved it (a story's primary first); the pane cites nothing of
	// its own, so it never shows a citation its copy would not give.
	Cite string
	// Style names the primary source of coverage as its in-text citation
	// does (evidence.SourceLabel, as cypx show's primary row); empty is
	// Harvard's.
	Style evidence.Style
	// Warning says that other sources give another value for one of the
	// item's figures (links of type disagrees); empty when none do.
	Warning string
}

// Model is the pane: its size, its scroll and the theme labels.
type Model struct {
	width, height int
	offset        int
	themeLabels   map[string]string
}

// New makes a pane; themeLabels names the themes.
func New(themeLabels map[string]string) Model {
	return Model{themeLabels: themeLabels}
}

// Top scrolls back to the top, for a newly selected item.
func (m *Model) Top() { m.offset = 0 }

// SetSize sets the pane's size in cells.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Scroll moves the text of d by delta lines, within it.
func (m *Model) Scroll(st styles.Styles, d Item, delta int) {
	n := len(m.lines(st, d))
	m.offset = max(0, min(m.offset+delta, n-m.height))
}

// View renders d in exactly height lines.
func (m Model) View(st styles.Styles, d Item) string {
	lines := m.lines(st, d)
	if m.offset < len(lines) {
		lines = lines[m.offset:]
	}
	if len(lines) > m.height {
		lines = lines[:m.height]
		if m.height > 0 {
			lines[m.height-1] = st.Muted.Render("↓ more")
		}
	}
	for len(lines) < m.height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// maxFieldBytes bounds a field the detail pane shows under the quote (a
// title, a publisher, a citation): a 4 MB title was wrapped whole, to some
// 65,000 lines, in every frame drawn while its item was selected (seconds
// a key press). No real title or publisher comes near it.
const maxFieldBytes = 2048

// bounded is s, or its first maxFieldBytes bytes and how many it holds.
func bounded(s string) string {
	return evidence.Shorten(s, maxFieldBytes, func(s string) string { return s })
}

// lines is the whole content, wrapped to the pane's width.
func (m Model) lines(st styles.Styles, d Item) []string {
	if !d.Has {
		return []string{st.Muted.Render("Nothing selected.")}
	}
	it, w := d.Hit.Item, max(10, m.width)
	s := it.Source
	var out []string
	add := func(block string) { out = append(out, strings.Split(block, "\n")...) }
	// The head keeps its badge and date whole: the publisher is shortened
	// first, then the date left out.
	lead := st.Badge.Render(it.Badge()) + "  " + st.DetailHead.Render(string(it.Kind))
	rest := fit.Name(evidence.ScreenText(fit.Clip(s.Publisher, w))+" ·", s.Date.Short(), w-ansi.StringWidth(lead)-3)
	if rest != "" {
		lead += st.Muted.Render(" · " + rest)
	}
	add(lead)
	out = append(out, "")
	quote := "“" + results.Highlight(st, it.Text, d.Hit.Matches, it.Figures) + "”"
	add(ansi.Wordwrap(quote, w, ""))
	// Under the quote, what each figure measures as its text states it;
	// each figure with its unit as a copy gives it (Figure.Copied), so a
	// table cell's "18" under "Median wait (weeks)" is "18 weeks", as its
	// badge and `show` say, not a bare 18.
	for _, f := range it.Figures {
		if sum := f.Record.Summary(); sum != "" {
			add(ansi.Wrap(st.Badge.Render(evidence.ScreenText(f.Copied()))+st.Muted.Render(": "+evidence.ScreenText(sum)), w, ""))
		}
	}
	if d.Warning != "" {
		add(ansi.Wrap(st.StatusWarning.Render("⚠ "+evidence.ScreenText(d.Warning)), w, ""))
	}
	out = append(out, "")
	field := func(name, value string) {
		if value == "" {
			return
		}
		add(ansi.Wrap(st.FieldName.Render(name+": ")+st.FieldValue.Render(evidence.ScreenText(bounded(value))), w, ""))
	}
	field("Section", it.Section)
	// Who speaks the quotation the item is cut from: its lead-in ("Dr
	// Lowe, the college's officer, said:") makes no item of its own.
	field("Speaker", it.Speaker)
	field("Source", s.Title)
	field("Publisher", joinNonEmpty(" · ", s.Publisher, s.Author, s.Date.Long(), string(s.Type)))
	if it.Page > 0 {
		field("Page", itoa(it.Page))
	}
	field("Basis", s.Note)
	field("URL", evidence.CitedURL(s.URL))
	var themes []string
	for _, t := range it.Themes {
		if l, ok := m.themeLabels[t]; ok {
			themes = append(themes, l)
		} else {
			themes = append(themes, t)
		}
	}
	field("Themes", strings.Join(themes, " · "))
	var actors []string
	for _, a := range it.Actors {
		actors = append(actors, string(a))
	}
	field("Actors", strings.Join(actors, ", "))
	if len(it.Figures) > 0 {
		var figs []string
		for _, f := range it.Figures {
			figs = append(figs, f.Copied())
		}
		field("Figures", strings.Join(figs, " · "))
	}
	if it.Primary != nil {
		add(ansi.Wrap(st.FieldName.Render("Secondary: ")+st.FieldValue.Render(evidence.ScreenText(bounded(
			"reports "+evidence.SourceLabel(*it.Primary, d.Style)+", "+it.Primary.Title+", where the same finding was found"))), w, ""))
	}
	if d.Cite != "" {
		add(ansi.Wrap(st.FieldName.Render("Cite: ")+st.Citation.Render(evidence.ScreenText(bounded(d.Cite))), w, ""))
	}
	if d.Note != "" {
		add(ansi.Wrap(st.FieldName.Render("Note: ")+st.FieldValue.Render(evidence.ScreenText(bounded(d.Note))), w, ""))
	}
	if d.Links > 0 {
		add(st.FieldName.Render("Linked findings: ") + st.FieldValue.Render(strconv.Itoa(d.Links)) + st.Muted.Render("  l to compare"))
	} else if d.Links == 0 {
		add(st.FieldName.Render("Linked findings: ") + st.Muted.Render("none"))
	}
	return out
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func itoa(n int) string { return strconv.Itoa(n) }
