package tui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/tui/detail"
	"github.com/cypx/cypx/internal/tui/status"
)

// Linker finds an item's linked findings: the link engine, or a fake.
type Linker = resolve.Linker

// linksMsg carries one item resolved with its links; for the linked view
// the linked items come resolved too, so each side is cited as everywhere.
type linksMsg struct {
	seq    int
	res    resolve.Resolved
	linked []resolve.Resolved
	err    error
}

// linksCmd resolves an item with its links off the update loop; deep also
// resolves the linked items, for the linked view.
func (m *Model) linksCmd(it evidence.Item, deep bool) tea.Cmd {
	if m.opts.Linker == nil {
		return nil
	}
	m.linksSeq++
	seq, r := m.linksSeq, m.resolver
	return func() tea.Msg {
		ctx := context.Background()
		res, err := r.WithLinks(ctx, it)
		if err != nil || !deep {
			return linksMsg{seq: seq, res: res, err: err}
		}
		linked := make([]resolve.Resolved, len(res.Links))
		for i, l := range res.Links {
			if linked[i], err = r.Item(ctx, l.Item); err != nil {
				return linksMsg{seq: seq, err: err}
			}
		}
		return linksMsg{seq: seq, res: res, linked: linked}
	}
}

// afterUpdate loads the links of the selected item when the selection changed.
func (m Model) afterUpdate(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	if life := m.opts.InfoLifetime; life > 0 && m.status.Expires() && m.status.Seq() != m.statusTimed {
		seq := m.status.Seq()
		m.statusTimed = seq
		cmd = tea.Batch(cmd, tea.Tick(life, func(time.Time) tea.Msg { return status.ExpiredMsg{Seq: seq} }))
	}
	h, ok := m.results.Selected()
	if !ok || h.Item.ID == m.linksFor {
		return m, cmd
	}
	m.linksFor = h.Item.ID
	m.sel = resolve.Resolved{ID: h.Item.ID, Item: h.Item}
	return m, tea.Batch(cmd, m.linksCmd(h.Item, false))
}

func (m *Model) applyLinks(msg linksMsg) {
	if msg.seq != m.linksSeq {
		return
	}
	if msg.err != nil {
		m.status.Error("Linked findings: " + msg.err.Error())
		return
	}
	if m.screen == screenLinked && msg.res.ID == m.lv.focus.ID {
		m.lv.focus, m.lv.linked, m.lv.idx, m.lv.loading = msg.res, msg.linked, 0, false
	}
	if msg.res.ID == m.linksFor {
		m.sel = msg.res
		m.syncDetail()
		m.detail.SetLinks(len(msg.res.Links))
	}
}

// linkedView is the side-by-side view: an item on the left, one of its
// links on the right.
type linkedView struct {
	focus resolve.Resolved
	// linked are the focus's linked items, resolved, in the order of its links.
	linked  []resolve.Resolved
	idx     int
	right   bool // the right side has the focus (and c copies it)
	loading bool
	// history lets esc step back through items made the focus with enter.
	history []evidence.Item
}

// openLinked opens the side-by-side view on the selected item.
func (m *Model) openLinked() tea.Cmd {
	h, ok := m.results.Selected()
	if !ok {
		m.status.Error("Nothing selected")
		return nil
	}
	m.lv = linkedView{focus: resolve.Resolved{ID: h.Item.ID, Item: h.Item}, right: true, loading: true}
	m.setState(screenLinked, overlayNone, focusDetail)
	return m.linksCmd(h.Item, true)
}

func (m Model) updateLinkedKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	km := m.keys
	lv := &m.lv
	n := len(lv.linked)
	switch {
	case key.Matches(k, km.NextLink):
		if n > 0 {
			lv.idx = (lv.idx + 1) % n
		}
	case key.Matches(k, km.PrevLink):
		if n > 0 {
			lv.idx = (lv.idx + n - 1) % n
		}
	case key.Matches(k, km.FocusLeft):
		lv.right = false
	case key.Matches(k, km.FocusRight):
		lv.right = true
	case k.String() == "enter":
		if n > 0 {
			lv.history = append(lv.history, lv.focus.Item)
			next := lv.linked[lv.idx]
			lv.focus, lv.linked, lv.idx, lv.loading = next, nil, 0, true
			return m, m.linksCmd(next.Item, true)
		}
	case key.Matches(k, km.Copy):
		if lv.loading {
			return m, nil
		}
		res := lv.focus
		if lv.right && n > 0 {
			res = lv.linked[lv.idx]
		}
		return m, m.copyResolved(res, evidence.StylePlain)
	case key.Matches(k, km.Back):
		if h := len(lv.history); h > 0 {
			prev := lv.history[h-1]
			lv.focus, lv.history, lv.linked, lv.idx, lv.loading = resolve.Resolved{ID: prev.ID, Item: prev}, lv.history[:h-1], nil, 0, true
			return m, m.linksCmd(prev, true)
		}
		m.setState(screenBrowse, overlayNone, focusList)
	}
	return m, nil
}

// togglePin pins the selected item, resolved, to the left of the screen,
// or unpins.
func (m *Model) togglePin() tea.Cmd {
	if m.pinned != nil {
		m.pinned = nil
		m.status.Info("Unpinned")
		m.layout()
		return nil
	}
	h, ok := m.results.Selected()
	if !ok {
		return nil
	}
	return m.resolveFor(forPin, "", h.Item)
}

// sideBySide draws two items in two panes (stacked on narrow terminals),
// each with a title line.
func (m Model) sideBySide(leftTitle string, left resolve.Resolved, rightTitle string, right *resolve.Resolved, rightFocused bool, width int) string {
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
	pane := func(title string, it *resolve.Resolved, w, ph int, focused bool) string {
		// The title (a link's type and reason) may take two lines.
		head := strings.Split(ansi.Wordwrap(title, max(1, w-3), ""), "\n")
		if len(head) > 2 {
			head = head[:2]
			head[1] = fit.Styled(head[1]+" …", max(1, w-3))
		}
		d := detail.New(m.themeLabels())
		d.SetSize(max(10, w-4), max(1, ph-2-len(head)))
		content := st.Muted.Render("No linked findings.")
		if it != nil {
			d.SetHit(index.Hit{Item: it.Item}, true)
			d.SetNote(it.Note())
			content = padLeft(d.View(st))
		}
		s := st.Pane
		if focused {
			s = st.PaneFocused
		}
		return box(s, " "+strings.Join(head, "\n ")+"\n"+content, w, ph)
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
	var right *resolve.Resolved
	title := st.Muted.Render("Finding links…")
	if !lv.loading {
		title = st.Muted.Render("No linked findings")
	}
	if len(lv.linked) > 0 {
		l := lv.focus.Links[lv.idx]
		right = &lv.linked[lv.idx]
		title = st.Title.Render(fmt.Sprintf("%d/%d %s", lv.idx+1, len(lv.linked), l.Type)) + st.Muted.Render(" · "+evidence.Printable(l.Reason))
	}
	left := st.Title.Render("Item") + st.Muted.Render(" · "+fmt.Sprintf("%d linked", len(lv.linked)))
	return m.sideBySide(left, lv.focus, title, right, lv.right, m.width)
}

// pinnedBody draws the list with the pinned item and the selected item beside it.
func (m Model) pinnedBody() string {
	st := m.styles
	list := box(st.PaneFocused, m.results.View(st, true), m.listWidth(), m.bodyHeight())
	if !m.wide() {
		return list
	}
	var sel *resolve.Resolved
	if _, ok := m.results.Selected(); ok {
		s := m.selected()
		sel = &s
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, list,
		m.sideBySide(st.Title.Render("Pinned"), *m.pinned, st.Title.Render("Selected"), sel, false, m.width-m.listWidth()))
}

// themeLabels names the themes.
func (m Model) themeLabels() map[string]string { return m.labels }
