package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/tui/detail"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
)

// linkedView is the side-by-side view: an item on the left, one of its
// linked findings on the right, both resolved, with the link's type and
// reason. enter makes the right item the left one; esc steps back.
type linkedView struct {
	keys   keys.KeyMap
	labels map[string]string
	focus  resolve.Resolved
	// linked are the focus's linked items, resolved, in the order of its links.
	linked []resolve.Resolved
	// cite is the explorer's style, which the reasons and both panes are
	// cited in as the view draws.
	cite    *citing
	idx     int
	right   bool // the right side has the keys (and c copies it)
	loading bool
	// failed is why the focus's links could not be found, or "".
	failed string
	// history lets esc step back through items made the focus with enter.
	history []evidence.Item
	// seq is the links request the view waits for.
	seq           int
	width, height int
	// vertical puts the two side by side; otherwise they are stacked.
	vertical bool
}

// requestLinks asks the root for an item's links, for the linked view.
type requestLinks struct{ it evidence.Item }

// open shows an item, its links to come.
func (v *linkedView) open(it evidence.Item) {
	v.focus = resolve.Resolved{ID: it.ID, Item: it}
	v.linked, v.idx, v.right, v.loading, v.history, v.failed = nil, 0, true, true, nil, ""
}

// fail says the focus's links could not be found: it waits for them no
// longer ("Finding links…" stayed for as long as the view was open).
func (v *linkedView) fail(why string) { v.loading, v.failed = false, why }

func (v *linkedView) setLinks(res resolve.Resolved, linked []resolve.Resolved) {
	v.focus, v.linked, v.idx, v.loading, v.failed = res, linked, 0, false, ""
}

func (v *linkedView) setSize(width, height int) { v.width, v.height = width, height }

func (v *linkedView) update(msg tea.Msg) (action, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	km := v.keys
	n := len(v.linked)
	switch {
	case key.Matches(k, km.NextLink):
		if n > 0 {
			v.idx = (v.idx + 1) % n
		}
	case key.Matches(k, km.PrevLink):
		if n > 0 {
			v.idx = (v.idx + n - 1) % n
		}
	case key.Matches(k, km.FocusLeft):
		v.right = false
	case key.Matches(k, km.FocusRight):
		v.right = true
	case key.Matches(k, km.Submit):
		if n > 0 && !v.loading {
			v.history = append(v.history, v.focus.Item)
			next := v.linked[v.idx].Item
			v.focus, v.linked, v.idx, v.loading, v.failed = resolve.Resolved{ID: next.ID, Item: next}, nil, 0, true, ""
			return requestLinks{next}, true
		}
	case key.Matches(k, km.Copy):
		if v.loading {
			return nil, true
		}
		res := v.focus
		if v.right && n > 0 {
			res = v.linked[v.idx]
		}
		return copyResolvedItem{res: res, style: evidence.FormatPlain}, true
	case key.Matches(k, km.Back):
		if h := len(v.history); h > 0 {
			prev := v.history[h-1]
			v.history = v.history[:h-1]
			v.focus, v.linked, v.idx, v.loading, v.failed = resolve.Resolved{ID: prev.ID, Item: prev}, nil, 0, true, ""
			return requestLinks{prev}, true
		}
		return closeScreen{}, true
	}
	return nil, true
}

func (v *linkedView) view(st styles.Styles) string {
	var right *resolve.Resolved
	title := st.Muted.Render("Finding links…")
	switch {
	case v.failed != "":
		title = st.StatusError.Render("Links could not be found: " + evidence.ScreenOneLine(v.failed))
	case !v.loading:
		title = st.Muted.Render("No linked findings")
	}
	if len(v.linked) > 0 && v.idx < len(v.focus.Links) {
		// The reason names the items as the style cites them.
		l := v.focus.Beside(v.cite.Style(), v.linked)[v.idx]
		right = &v.linked[v.idx]
		title = st.Title.Render(fmt.Sprintf("%d/%d %s", v.idx+1, len(v.linked), l.Type)) + st.Muted.Render(" · "+evidence.ScreenText(l.Reason))
	}
	left := st.Title.Render("Item") + st.Muted.Render(" · "+fmt.Sprintf("%d linked", len(v.linked)))
	focus := v.focus
	return sideBySide(st, v.cite, v.labels, side{title: left, res: &focus, focused: !v.right},
		side{title: title, res: right, focused: v.right}, v.width, v.height, v.vertical)
}

func (v *linkedView) help() [][]key.Binding { return v.keys.LinkedKeys() }

// pinView is the pinned item: shown beside whatever is selected, so
// browsing and searching compare it with each in turn. It takes no keys —
// the list keeps them — and draws the pinned pane.
type pinView struct {
	keys   keys.KeyMap
	labels map[string]string
	// cite is the explorer's style, which the pane cites in as it draws.
	cite          *citing
	res           *resolve.Resolved
	width, height int
	// snapshot, when set, says the pane shows the item as it was pinned,
	// which the index reopened since no longer holds so.
	snapshot string
}

func (p *pinView) update(tea.Msg) (action, bool) { return nil, false }

func (p *pinView) setSize(width, height int) { p.width, p.height = width, height }

func (p *pinView) view(st styles.Styles) string {
	title := "Pinned"
	if p.snapshot != "" {
		title += " · " + p.snapshot
	}
	return itemPane(st, p.cite, p.labels, side{title: st.Title.Render(title), res: p.res}, p.width, p.height)
}

func (p *pinView) help() [][]key.Binding {
	unpin := key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "unpin"))
	return [][]key.Binding{{unpin}}
}

// side is one pane of a side-by-side view: a title (a link's type and
// reason may take two lines), an item, and whether it has the keys.
type side struct {
	title   string
	res     *resolve.Resolved
	focused bool
	// shown, when set, is the detail pane's own view and item, drawn
	// where its keys scrolled it; otherwise the item is drawn from its top.
	shown *shownDetail
}

// shownDetail is a detail view with the item it shows.
type shownDetail struct {
	view detail.Model
	item detail.Item
}

// selectedTitleLines is the height of the "Selected" pane's title.
const selectedTitleLines = 1

// paneInner is the size of an item pane's text inside its border, under
// a title of titleLines lines.
func paneInner(w, h, titleLines int) (int, int) {
	return max(10, w-4), max(1, h-2-titleLines)
}

// sideBySide draws two items in two panes in width x height, side by side
// when vertical, stacked otherwise, or the focused one alone when two
// stacked panes do not fit.
func sideBySide(st styles.Styles, c *citing, labels map[string]string, l, r side, width, height int, vertical bool) string {
	var lw, rw, lh, rh int
	if vertical {
		lw = width / 2
		rw = width - lw
		lh, rh = height, height
	} else {
		if height < 6 {
			// No room for two panes of a line each (40x10): the side
			// with the keys alone. Two panes of no line were drawn one
			// line each, taller than the room, and the help bar went
			// off the screen.
			if r.focused {
				return itemPane(st, c, labels, r, width, height)
			}
			return itemPane(st, c, labels, l, width, height)
		}
		lw, rw = width, width
		lh = height / 2
		rh = height - lh
	}
	a, b := itemPane(st, c, labels, l, lw, lh), itemPane(st, c, labels, r, rw, rh)
	if vertical {
		return lipgloss.JoinHorizontal(lipgloss.Top, a, b)
	}
	return lipgloss.JoinVertical(lipgloss.Left, a, b)
}

// itemPane draws one side: its title (a link's type and reason may take
// two lines) over the item's detail, cited in the explorer's style as the
// detail pane is (citing.item), in a bordered pane of w x h.
func itemPane(st styles.Styles, c *citing, labels map[string]string, s side, w, h int) string {
	head := strings.Split(ansi.Wordwrap(s.title, max(1, w-3), ""), "\n")
	if len(head) > 2 {
		head = head[:2]
		head[1] = fit.Styled(head[1]+" …", max(1, w-3))
	}
	d := detail.New(labels)
	d.SetSize(paneInner(w, h, len(head)))
	content := st.Muted.Render("No linked findings.")
	switch {
	case s.res != nil && s.shown != nil:
		d = s.shown.view
		d.SetSize(paneInner(w, h, len(head)))
		content = padLeft(d.View(st, s.shown.item))
	case s.res != nil:
		item := c.item(detail.Item{Hit: index.Hit{Item: s.res.Item}, Has: true, Links: -1}, *s.res)
		// As the detail pane warns of it (detailItem), where the links
		// were found.
		item.Warning = figures.Warning(s.res.OtherValues(), c.Style())
		content = padLeft(d.View(st, item))
	}
	style := st.Pane
	if s.focused {
		style = st.PaneFocused
	}
	return box(style, " "+strings.Join(head, "\n ")+"\n"+content, w, h)
}

// openLinked opens the side-by-side view on the selected item.
func (m *Model) openLinked() tea.Cmd {
	if !m.sel.ok {
		m.status.Error("Nothing selected")
		return nil
	}
	m.linked.open(m.sel.hit.Item)
	m.setState(screenLinked, focusDetail)
	m.layout()
	return m.requestLinked(m.sel.hit.Item)
}

// requestLinked asks for an item's links for the linked view.
func (m *Model) requestLinked(it evidence.Item) tea.Cmd {
	cmd, seq := m.linksCmd(it, true)
	m.linked.seq = seq
	if cmd == nil {
		m.linked.loading = false
	}
	return cmd
}

// togglePin pins the selected item, resolved, beside the list, or unpins.
func (m *Model) togglePin() tea.Cmd {
	if m.pin.res != nil {
		m.pin.res, m.pin.snapshot = nil, ""
		m.status.Info("Unpinned")
		m.layout()
		return nil
	}
	if !m.sel.ok {
		return nil
	}
	return m.resolveFor(forPin, "", m.sel.hit.Item)
}

// pinnedBody draws the list beside the pinned item and the selected one.
func (m Model) pinnedBody() string {
	st := m.styles
	listStyle := st.Pane
	if m.focus != focusDetail {
		listStyle = st.PaneFocused
	}
	list := box(listStyle, m.results.View(st, m.focus != focusDetail), m.listWidth(), m.bodyHeight())
	if !m.wide() {
		return list
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, list, m.pin.view(st), m.selectedPane(m.focus == focusDetail))
}

// selectedPane draws the selected item beside the pinned one, as the
// detail pane shows it and scrolled where the keys scrolled it (tab gives
// it the keys when wide; on a narrow screen it is the detail screen).
func (m Model) selectedPane(focused bool) string {
	sel := m.sel.item()
	var res *resolve.Resolved
	if m.sel.ok {
		res = &sel
	}
	w, h := m.selectedPaneSize()
	shown := &shownDetail{view: m.detail, item: m.detailItem()}
	return itemPane(m.styles, m.cite, m.cat.labels, side{title: m.styles.Title.Render("Selected"), res: res, focused: focused, shown: shown}, w, h)
}
