package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
)

// headerLines are the lines above the body: title, search box, themes,
// kinds, and the source (or publisher) a map cell filtered to, when it did.
func (m Model) headerLines() int {
	switch {
	case !m.facetRows():
		return 2
	case m.filterRowShown():
		return 5
	}
	return 4
}

// filterRowShown reports whether a map cell's filter has a row of its own
// under the kinds.
func (m Model) filterRowShown() bool {
	return m.sourceFilter != nil || m.publisherFilter != nil
}

// shortScreen is the height under which the facet rows give way.
const shortScreen = 12

// facetRows reports whether the theme and kind rows (and the filter row)
// are drawn. On a short screen they give their rows to what has the keys
// when that is not the list they filter: a screen (the basket, the
// detail, the chart …) or an overlay. Before, at 40x10 the basket showed
// none of its findings while d removed the selected one, the detail only
// its first line, and the export question lost its folder and ".docx?"
// (hostile check 66).
func (m Model) facetRows() bool {
	return m.height >= shortScreen || (len(m.stack) == 0 && m.screen == screenBrowse)
}

// minStackedPanes is the least body height that holds the pinned pane
// over the selected one, each with two lines inside its border: below it
// (a 40x10 or 40x11 screen) the two panes were drawn with no line inside
// either, two lines taller than the screen, the help bar pushed off it.
const minStackedPanes = 8

// footerLines are the lines below it: status and short help.
const footerLines = 2

func helpStyles(dark bool) help.Styles { return help.DefaultStyles(dark) }

// bodyHeight is the height of the panes, borders included.
func (m Model) bodyHeight() int { return max(3, m.height-m.headerLines()-footerLines) }

// listWidth is the width of the list pane, border included.
func (m Model) listWidth() int {
	if !m.wide() {
		return m.width
	}
	if m.pin.res != nil {
		return max(36, m.width*2/5)
	}
	return max(40, m.width*9/20)
}

// layout sizes the components after a resize.
func (m *Model) layout() {
	inner := m.bodyHeight() - 2
	m.search.SetWidth(m.width)
	m.help.SetWidth(m.width)
	m.basketView.setSize(m.width-2, inner)
	m.chartView.setSize(m.width-2, inner)
	m.mapView.setSize(m.width-2, inner)
	m.figs.setSize(m.width-2, inner)
	// The pinned pane: beside the list, half of what the list leaves, when
	// wide; over the selected item's detail, half the body, when narrow.
	if m.wide() {
		m.pin.setSize((m.width-m.listWidth())/2, m.bodyHeight())
	} else {
		m.pin.setSize(m.width, m.bodyHeight()/2)
	}
	m.linked.vertical = m.wide()
	m.linked.setSize(m.width, m.bodyHeight())
	for _, c := range m.stack {
		c.setSize(m.width, m.bodyHeight())
	}
	m.fitNote()
	if m.wide() {
		m.results.SetSize(m.listWidth()-2, inner)
		m.detail.SetSize(m.width-m.listWidth()-4, inner)
	} else {
		m.results.SetSize(m.width-2, inner)
		m.detail.SetSize(m.width-4, inner)
	}
	if m.pin.res != nil {
		// The selected item is drawn in the "Selected" pane beside (or
		// under) the pinned one, and the keys scroll it there.
		w, h := m.selectedPaneSize()
		m.detail.SetSize(paneInner(w, h, selectedTitleLines))
	}
}

// selectedPaneSize is the size of the "Selected" pane beside the pinned
// one, borders included: beside it when wide, under it on the narrow
// detail screen, or alone where the two do not fit one over the other.
func (m Model) selectedPaneSize() (w, h int) {
	switch {
	case m.wide():
		return m.width - m.listWidth() - m.pin.width, m.pin.height
	case m.bodyHeight() < minStackedPanes:
		return m.width, m.bodyHeight()
	}
	return m.width, m.bodyHeight() - m.pin.height
}

// View draws the screen. Before the first size is known it draws nothing.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "cypx"
	return v
}

// frame keeps the last screen drawn, so a quiet message (see quiet) does
// not draw it again.
type frame struct {
	text  string
	valid bool
	draws int // how many times the screen was drawn afresh
}

// stale marks the screen as to be drawn afresh.
func (f *frame) stale() {
	if f != nil {
		f.valid = false
	}
}

func (m Model) render() string {
	if m.frame == nil {
		return m.draw()
	}
	if !m.frame.valid {
		m.frame.text, m.frame.valid = m.draw(), true
		m.frame.draws++
	}
	return m.frame.text
}

// tooSmallMessage says the screen is too small in what fits width x
// height: the longest wording that fits whole, so what is needed and how
// to quit are read (at 10x3 the one wording cut off after "(10x3):"),
// and no line wider than the screen.
func tooSmallMessage(width, height int) string {
	width, height = max(1, width), max(1, height)
	wordings := []string{
		fmt.Sprintf("Terminal too small (%dx%d): cypx needs at least 40x10. q quits.", width, height),
		"Too small: cypx needs 40x10. q quits.",
		"Needs 40x10. q quits.",
		"40x10 · q quits",
		"40x10 q",
	}
	var lines []string
	for _, w := range wordings {
		lines = strings.Split(ansi.Wrap(w, width, " "), "\n")
		if len(lines) <= height {
			break
		}
	}
	return strings.Join(lines[:min(len(lines), height)], "\n")
}

// draw draws the screen.
func (m Model) draw() string {
	if m.quitting || m.width == 0 {
		return ""
	}
	if m.tooSmall() {
		return tooSmallMessage(m.width, m.height)
	}
	st := m.styles
	// The count is kept whole: parts of it go before any digit is cut.
	title := st.Title.Render("cypx") + st.Muted.Render(" · CYP services evidence")
	if lipgloss.Width(title)+1+lipgloss.Width(m.headerCount()[0]) > m.width {
		title = st.Title.Render("cypx")
	}
	count := st.Count.Render(fit.Parts(m.headerCount(), " · ", m.width-lipgloss.Width(title)-1))
	gap := m.width - lipgloss.Width(title) - lipgloss.Width(count)
	header := title + strings.Repeat(" ", max(1, gap)) + count
	lines := []string{
		header,
		ansi.Truncate(m.search.View(), m.width, "…"),
	}
	if m.facetRows() {
		lines = append(lines, m.facets.ThemeRow(st, m.width), m.facets.KindRow(st, m.width))
		if m.filterRowShown() {
			lines = append(lines, m.filterRow())
		}
	}
	body := m.body()
	if n := len(m.stack); n > 0 {
		body = lipgloss.Place(m.width, m.bodyHeight(), lipgloss.Center, lipgloss.Center, clipBox(m.stack[n-1].view(st), m.bodyHeight()))
	}
	line := m.status // a copy: what runs is read from the model each frame
	line.SetBusy(m.queueLine())
	// A problem too long for its line takes the body's last rows, then,
	// on a small screen, the theme, kind and filter rows above them, so
	// its reason and its way out are read at 40 columns too; it stays
	// until the next key, which gives the rows back. The search box and
	// the help line stay: the help line is how a user learns the way on
	// while the problem is read (it once took the help line's row, and
	// the keys were gone while a damaged index's warning showed). At
	// first it took three rows at most, and its way out was cut at 80
	// columns and below (hostile check 64 L2).
	b := strings.Split(body, "\n")
	facets := len(lines) - 2
	status := line.Lines(st, m.width, len(b)+facets+1)
	if bar := m.indexingView(); bar != "" {
		status = []string{bar}
	}
	if extra := len(status) - 1; extra > len(b) {
		lines, b = lines[:len(lines)-(extra-len(b))], nil
	} else if extra > 0 {
		b = b[:len(b)-extra]
	}
	if len(b) > 0 {
		lines = append(lines, strings.Join(b, "\n"))
	}
	lines = append(lines, status...)
	lines = append(lines, ansi.Truncate(m.shortHelp(), m.width, "…"))
	return strings.Join(lines, "\n")
}

func (m Model) body() string {
	st := m.styles
	h := m.bodyHeight()
	pane := func(content string, width int, focused bool) string {
		s := st.Pane
		if focused {
			s = st.PaneFocused
		}
		return box(s, content, width, h)
	}
	switch {
	case m.screen == screenLinked:
		return m.linked.view(st)
	case m.current() != nil:
		return box(st.PaneFocused, m.current().view(st), m.width, h)
	case m.screen == screenDetail && m.pin.res != nil && h < minStackedPanes:
		// No room for two panes, one over the other: the selected item,
		// which the keys scroll, alone (the status line said what is
		// pinned; esc goes back to the list beside it).
		return m.selectedPane(true)
	case m.screen == screenDetail && m.pin.res != nil:
		return lipgloss.JoinVertical(lipgloss.Left, m.pin.view(st), m.selectedPane(true))
	case m.screen == screenDetail:
		return pane(padLeft(m.detail.View(st, m.detailItem())), m.width, true)
	case m.pin.res != nil:
		return m.pinnedBody()
	}
	list := pane(m.results.View(st, m.focus == focusList), m.listWidth(), m.focus == focusList)
	if !m.wide() {
		return list
	}
	detail := pane(padLeft(m.detail.View(st, m.detailItem())), m.width-m.listWidth(), m.focus == focusDetail)
	return lipgloss.JoinHorizontal(lipgloss.Top, list, detail)
}

// padLeft indents every line by one cell, inside a pane's border.
func padLeft(s string) string {
	return " " + strings.ReplaceAll(s, "\n", "\n ")
}

// helpContext names what has the keys and lists its keys, for the help
// screen and the help bar.
func (m Model) helpContext() (string, [][]key.Binding) {
	km := m.keys
	switch {
	case m.screen == screenLinked:
		return "linked findings", m.linked.help()
	case m.screen == screenBasket:
		return "basket", m.basketView.help()
	case m.screen == screenChart:
		return "chart", m.chartView.help()
	case m.screen == screenMap:
		return "evidence map", m.mapView.help()
	case m.screen == screenFigures:
		return "figures", m.figs.help()
	case m.focus == focusSearch:
		return "search box", km.SearchKeys()
	case m.screen == screenDetail || m.focus == focusDetail:
		return "detail", km.DetailKeys()
	}
	return "results", km.ListKeys()
}

// shortHelp is the help bar for what has the keys: its first keys, as
// many as fit, and always how to get the rest (?) and leave (q).
func (m Model) shortHelp() string {
	km := m.keys
	switch {
	case len(m.stack) > 0:
		// An overlay's way out is kept whatever the room, as the list's
		// help and quit are: the others give way first. At 40 columns the
		// import picker's row was "↑/k up • ↓/j down", no esc (hostile
		// check 64 L3).
		b, out := m.wayOutApart(m.stack[len(m.stack)-1].help()[0])
		return m.fitHelp(b, out)
	case m.focus == focusSearch && m.screen == screenBrowse:
		var b []key.Binding
		for _, k := range km.SearchKeys()[0] {
			// The key that accepts a spelling shows when one is offered,
			// the history's when there is one.
			switch k.Help() {
			case km.Accept.Help():
				if len(m.note.suggestions) == 0 {
					continue
				}
			case km.Recall.Help(), km.HistorySearch.Help():
				if m.opts.History.Path == "" {
					continue
				}
			case km.ForceQuit.Help():
				continue // always shown: q types a q here
			}
			b = append(b, k)
		}
		return m.fitHelp(b, []key.Binding{km.ForceQuit})
	case m.screen == screenBrowse && m.focus == focusList:
		// By priority; the kinds row shows its own keys (1-4).
		b := []key.Binding{km.Search, km.Themes, km.Mark, km.Copy, km.Basket, km.Export, km.Linked, km.Chart, km.Map}
		if len(m.note.suggestions) > 0 {
			b = append([]key.Binding{km.Accept}, b...)
		}
		if m.wide() {
			b = append(b, km.SwitchPane)
		} else {
			b = append([]key.Binding{km.WithSubmit("open").Submit}, b...)
		}
		return m.fitHelp(b, []key.Binding{km.Help, km.Quit})
	}
	// A screen's way back (the basket, chart, map, figures, linked
	// findings) is kept as an overlay's is: at 40 columns the chart's and
	// the map's rows lost esc, and the basket's eleven keys never left it
	// room, even at 120 (hostile check 65b L2).
	_, groups := m.helpContext()
	b, out := m.wayOutApart(groups[0])
	return m.fitHelp(b, append(out, km.Help, km.Quit))
}

// wayOutApart parts a help row's keys into those that give way to the
// room (b) and the way back (out), which is always shown.
func (m Model) wayOutApart(keys []key.Binding) (b, out []key.Binding) {
	for _, k := range keys {
		if k.Help() == m.keys.Back.Help() {
			out = append(out, k)
		} else {
			b = append(b, k)
		}
	}
	return b, out
}

// fitHelp is the short help with as many of the bindings, in order, as fit
// the width before the ones that must always show.
func (m Model) fitHelp(b, always []key.Binding) string {
	h := m.help
	h.SetWidth(0) // measure whole lines; the help cuts them to its width
	for n := len(b); n > 0; n-- {
		line := h.ShortHelpView(append(append([]key.Binding{}, b[:n]...), always...))
		if lipgloss.Width(line) <= m.width {
			return line
		}
	}
	// The first key, named by its first key alone ("d remove" for
	// "d/x/del remove"), where its whole name leaves no room: at 40
	// columns the basket's row lost d while d removed a finding (hostile
	// check 66).
	if len(b) > 0 {
		if line := h.ShortHelpView(append([]key.Binding{firstKeyOnly(b[0])}, always...)); lipgloss.Width(line) <= m.width {
			return line
		}
	}
	return m.help.ShortHelpView(always)
}

// firstKeyOnly is a binding named in help by its first key alone.
func firstKeyOnly(k key.Binding) key.Binding {
	keys := k.Keys()
	if len(keys) == 0 {
		return k
	}
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], k.Help().Desc))
}

// filterRow shows the source or publisher a map cell filtered the results
// to: every filter in force is on screen.
func (m Model) filterRow() string {
	st := m.styles
	what := "Source"
	if m.publisherFilter != nil {
		what = "From"
	}
	label := m.filterLabel
	if label == "" {
		label = strings.Join(append(m.sourceFilter, m.publisherFilter...), ", ")
	}
	hint := "  esc clears"
	room := m.width - 8 - 2 - len(hint)
	if room < 12 {
		hint, room = "", m.width-8-2
	}
	label = ansi.Truncate(evidence.ScreenText(label), max(1, room), "…")
	return st.RowLabel.Render(what) + st.ChipActive.Render("["+label+"]") + st.Muted.Render(hint)
}

// box draws content in a bordered pane of exactly width x height: each
// line is cut to the inside's width and the lines to its height, so
// nothing a component draws can wrap, push the footer off or misalign the
// panes beside it.
func box(s lipgloss.Style, content string, width, height int) string {
	inner := max(0, width-2)
	lines := strings.Split(content, "\n")
	if len(lines) > height-2 {
		lines = lines[:max(0, height-2)]
	}
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, inner, "")
	}
	for len(lines) < height-2 {
		lines = append(lines, "")
	}
	return s.Width(width).Height(height).Render(strings.Join(lines, "\n"))
}

// clipBox keeps a boxed overlay within height lines, its bottom border
// kept: each overlay fits its room itself, and this is the stop behind
// them, so that none pushes the status line and the help bar off the
// screen (as five of them did at 40x10 before round 22).
func clipBox(view string, height int) string {
	lines := strings.Split(view, "\n")
	if len(lines) <= height || height < 2 {
		return view
	}
	return strings.Join(append(lines[:height-1], lines[len(lines)-1]), "\n")
}
