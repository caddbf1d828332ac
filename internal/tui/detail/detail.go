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

// Model is the pane.
type Model struct {
	hit index.Hit
	has bool
	// links is the number of linked findings, or -1 while unknown.
	links int
	// note says why the figure is cited otherwise than the quote.
	note          string
	width, height int
	offset        int
	themeLabels   map[string]string
}

// New makes an empty pane; themeLabels names the themes.
func New(themeLabels map[string]string) Model {
	return Model{themeLabels: themeLabels, links: -1}
}

// SetNote shows why the item's figure is cited otherwise than its quote
// (empty: it is not).
func (m *Model) SetNote(note string) { m.note = note }

// SetLinks shows the number of linked findings (-1: not known yet).
func (m *Model) SetLinks(n int) { m.links = n }

// SetHit shows an item, scrolled to its top when it is another item.
func (m *Model) SetHit(h index.Hit, ok bool) {
	if !ok || !m.has || h.Item.ID != m.hit.Item.ID {
		m.offset = 0
		m.links = -1
		m.note = ""
	}
	m.hit, m.has = h, ok
}

// Hit is the item shown.
func (m Model) Hit() (index.Hit, bool) { return m.hit, m.has }

// SetSize sets the pane's size in cells.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// Scroll moves the text by delta lines.
func (m *Model) Scroll(st styles.Styles, delta int) {
	n := len(m.lines(st))
	m.offset = max(0, min(m.offset+delta, n-m.height))
}

// View renders exactly height lines.
func (m Model) View(st styles.Styles) string {
	lines := m.lines(st)
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

// lines is the whole content, wrapped to the pane's width.
func (m Model) lines(st styles.Styles) []string {
	if !m.has {
		return []string{st.Muted.Render("Nothing selected.")}
	}
	it, w := m.hit.Item, max(10, m.width)
	s := it.Source
	var out []string
	add := func(block string) { out = append(out, strings.Split(block, "\n")...) }
	// The head keeps its badge and date whole: the publisher is shortened
	// first, then the date left out.
	lead := st.Badge.Render(it.Badge()) + "  " + st.DetailHead.Render(string(it.Kind))
	rest := fit.Name(evidence.Printable(s.Publisher)+" ·", s.Date.Short(), w-ansi.StringWidth(lead)-3)
	if rest != "" {
		lead += st.Muted.Render(" · " + rest)
	}
	add(lead)
	out = append(out, "")
	quote := "“" + results.Highlight(st, it.Text, m.hit.Matches, it.Figures) + "”"
	add(ansi.Wordwrap(quote, w, ""))
	out = append(out, "")
	field := func(name, value string) {
		if value == "" {
			return
		}
		add(ansi.Wrap(st.FieldName.Render(name+": ")+st.FieldValue.Render(evidence.Printable(value)), w, ""))
	}
	field("Section", it.Section)
	field("Source", s.Title)
	field("Publisher", joinNonEmpty(" · ", s.Publisher, s.Author, s.Date.Long(), string(s.Type)))
	if it.Page > 0 {
		field("Page", itoa(it.Page))
	}
	field("Basis", s.Note)
	field("URL", s.URL)
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
			figs = append(figs, f.Text)
		}
		field("Figures", strings.Join(figs, " · "))
	}
	if it.Primary != nil {
		add(ansi.Wrap(st.FieldName.Render("Secondary: ")+st.FieldValue.Render(evidence.Printable(
			"reports "+evidence.CitationLabel(*it.Primary)+", "+it.Primary.Title+", where the same finding was found")), w, ""))
	}
	add(ansi.Wrap(st.FieldName.Render("Cite: ")+st.Citation.Render(evidence.Printable(evidence.ItemCitation(it))), w, ""))
	if m.note != "" {
		add(ansi.Wrap(st.FieldName.Render("Note: ")+st.FieldValue.Render(evidence.Printable(m.note)), w, ""))
	}
	if m.links > 0 {
		add(st.FieldName.Render("Linked findings: ") + st.FieldValue.Render(strconv.Itoa(m.links)) + st.Muted.Render("  l to compare"))
	} else if m.links == 0 {
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
