package tui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/tui/detail"
	"github.com/cypx/cypx/internal/tui/results"
)

// Linker finds an item's linked findings: the link engine, or a fake.
type Linker interface {
	For(ctx context.Context, it evidence.Item) ([]links.Link, error)
}

// linksMsg carries the links of one item.
type linksMsg struct {
	seq   int
	item  evidence.Item // with Primary set when it is coverage of a found finding
	links []links.Link
	err   error
}

// linksCmd finds an item's links off the update loop.
func (m *Model) linksCmd(it evidence.Item) tea.Cmd {
	if m.opts.Linker == nil {
		return nil
	}
	m.linksSeq++
	seq, linker := m.linksSeq, m.opts.Linker
	return func() tea.Msg {
		ls, err := linker.For(context.Background(), it)
		return linksMsg{seq: seq, item: links.WithPrimary(it, ls), links: ls, err: err}
	}
}

// afterUpdate loads the links of the selected item when the selection changed.
func (m Model) afterUpdate(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	h, ok := m.results.Selected()
	if !ok || h.Item.ID == m.linksFor {
		return m, cmd
	}
	m.linksFor = h.Item.ID
	m.selLinks, m.selItem = nil, h.Item
	return m, tea.Batch(cmd, m.linksCmd(h.Item))
}

func (m *Model) applyLinks(msg linksMsg) {
	if msg.seq != m.linksSeq {
		return
	}
	if msg.err != nil {
		m.status.Error("Linked findings: " + msg.err.Error())
		return
	}
	if m.screen == screenLinked && msg.item.ID == m.lv.focus.ID {
		m.lv.focus, m.lv.links, m.lv.idx, m.lv.loading = msg.item, msg.links, 0, false
	}
	if msg.item.ID == m.linksFor {
		m.selItem, m.selLinks = msg.item, msg.links
		h, _ := m.results.Selected()
		h.Item = msg.item
		m.detail.SetHit(h, true)
		m.detail.SetLinks(len(msg.links))
	}
}

// citable is the selected item as it should be cited: with its primary
// source once its links are known.
func (m Model) citable() (evidence.Item, bool) {
	h, ok := m.results.Selected()
	if !ok {
		return evidence.Item{}, false
	}
	if m.selItem.ID == h.Item.ID {
		return m.selItem, true
	}
	return h.Item, true
}

// linkedView is the side-by-side view: an item on the left, one of its
// links on the right.
type linkedView struct {
	focus   evidence.Item
	links   []links.Link
	idx     int
	right   bool // the right side has the focus (and c copies it)
	loading bool
	// history lets esc step back through items made the focus with enter.
	history []evidence.Item
}

// openLinked opens the side-by-side view on the selected item.
func (m *Model) openLinked() tea.Cmd {
	it, ok := m.citable()
	if !ok {
		m.status.Error("Nothing selected")
		return nil
	}
	m.lv = linkedView{focus: it, right: true}
	m.setState(screenLinked, overlayNone, focusDetail)
	if m.selItem.ID == it.ID && m.selLinks != nil {
		m.lv.links = m.selLinks
		return nil
	}
	m.lv.loading = true
	return m.linksCmd(it)
}

func (m Model) updateLinkedKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	km := m.keys
	lv := &m.lv
	switch {
	case key.Matches(k, km.NextLink):
		if len(lv.links) > 0 {
			lv.idx = (lv.idx + 1) % len(lv.links)
		}
	case key.Matches(k, km.PrevLink):
		if len(lv.links) > 0 {
			lv.idx = (lv.idx + len(lv.links) - 1) % len(lv.links)
		}
	case key.Matches(k, km.FocusLeft):
		lv.right = false
	case key.Matches(k, km.FocusRight):
		lv.right = true
	case k.String() == "enter":
		if len(lv.links) > 0 {
			lv.history = append(lv.history, lv.focus)
			lv.focus, lv.links, lv.idx, lv.loading = lv.links[lv.idx].Item, nil, 0, true
			return m, m.linksCmd(lv.focus)
		}
	case key.Matches(k, km.Copy):
		it := lv.focus
		if lv.right && len(lv.links) > 0 {
			it = lv.links[lv.idx].Item
		}
		return m, m.copyItem(it, evidence.StylePlain)
	case key.Matches(k, km.Back):
		if n := len(lv.history); n > 0 {
			lv.focus, lv.history, lv.links, lv.idx, lv.loading = lv.history[n-1], lv.history[:n-1], nil, 0, true
			return m, m.linksCmd(lv.focus)
		}
		m.setState(screenBrowse, overlayNone, focusList)
	}
	return m, nil
}

// togglePin pins the selected item to the left of the screen, or unpins.
func (m *Model) togglePin() {
	if m.pinned != nil {
		m.pinned = nil
		m.status.Info("Unpinned")
		m.layout()
		return
	}
	it, ok := m.citable()
	if !ok {
		return
	}
	m.pinned = &it
	m.status.Info("Pinned " + results.Badge(it) + " " + evidence.CitationLabel(it.Source) + ": browse and search to compare; p unpins")
	m.layout()
}

// sideBySide draws two items in two panes (stacked on narrow terminals),
// each with a title line.
func (m Model) sideBySide(leftTitle string, left evidence.Item, rightTitle string, right *evidence.Item, rightFocused bool, width int) string {
	st := m.styles
	h := m.bodyHeight()
	vertical := m.wide() || width < m.width
	var lw, rw, lh, rh int
	if vertical {
		lw = width / 2
		rw = width - lw
		lh, rh = h, h
	} else {
		lw, rw = width, width
		lh = h / 2
		rh = h - lh
	}
	pane := func(title string, it *evidence.Item, w, ph int, focused bool) string {
		// The title (a link's type and reason) may take two lines.
		head := strings.Split(ansi.Wordwrap(title, max(1, w-3), ""), "\n")
		if len(head) > 2 {
			head = head[:2]
			head[1] = ansi.Truncate(head[1], max(1, w-4), "") + "…"
		}
		d := detail.New(m.themeLabels())
		d.SetSize(max(10, w-4), max(1, ph-2-len(head)))
		content := st.Muted.Render("No linked findings.")
		if it != nil {
			d.SetHit(index.Hit{Item: *it}, true)
			content = padLeft(d.View(st))
		}
		s := st.Pane
		if focused {
			s = st.PaneFocused
		}
		return s.Width(w).Height(ph).Render(" " + strings.Join(head, "\n ") + "\n" + content)
	}
	l := pane(leftTitle, &left, lw, lh, !rightFocused)
	r := pane(rightTitle, right, rw, rh, rightFocused)
	if vertical {
		return lipgloss.JoinHorizontal(lipgloss.Top, l, r)
	}
	return lipgloss.JoinVertical(lipgloss.Left, l, r)
}

// linkedBody draws the side-by-side view.
func (m Model) linkedBody() string {
	st := m.styles
	lv := m.lv
	var right *evidence.Item
	title := st.Muted.Render("Finding links…")
	if !lv.loading {
		title = st.Muted.Render("No linked findings")
	}
	if len(lv.links) > 0 {
		l := lv.links[lv.idx]
		right = &l.Item
		title = st.Title.Render(fmt.Sprintf("%d/%d %s", lv.idx+1, len(lv.links), l.Type)) + st.Muted.Render(" · "+evidence.Printable(l.Reason))
	}
	left := st.Title.Render("Item") + st.Muted.Render(" · "+fmt.Sprintf("%d linked", len(lv.links)))
	return m.sideBySide(left, lv.focus, title, right, lv.right, m.width)
}

// pinnedBody draws the list with the pinned item and the selected item beside it.
func (m Model) pinnedBody() string {
	st := m.styles
	list := st.PaneFocused.Width(m.listWidth()).Height(m.bodyHeight()).Render(m.results.View(st, true))
	if !m.wide() {
		return list
	}
	var sel *evidence.Item
	if it, ok := m.citable(); ok {
		sel = &it
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, list,
		m.sideBySide(st.Title.Render("Pinned"), *m.pinned, st.Title.Render("Selected"), sel, false, m.width-m.listWidth()))
}

// themeLabels names the themes.
func (m Model) themeLabels() map[string]string { return m.labels }
