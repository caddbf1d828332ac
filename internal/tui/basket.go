package tui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
)

// BasketHooks connect the explorer's basket to where it is kept. Both run
// inside commands, off the update loop.
type BasketHooks struct {
	// IDs is the basket at start.
	IDs []string
	// Save keeps the basket's ids, in order, after every change.
	Save func(ids []string) error
	// Export writes a briefing pack of the items and says where.
	Export func(pack export.Pack) (string, error)
}

// basketMsg carries the basket's items, resolved from their ids.
type basketMsg struct {
	items []resolve.Resolved
	err   error
}

// savedMsg and exportedMsg report a save or an export.
type (
	savedMsg    struct{ err error }
	exportedMsg struct {
		where string
		err   error
	}
)

// loadBasketCmd resolves the basket's ids through the resolver; an id not
// found stays in the basket as a missing item, never dropped.
func (m Model) loadBasketCmd() tea.Cmd {
	return m.resolveBasketCmd(m.opts.Basket.IDs)
}

// resolveBasketCmd resolves ids, in order, for the basket view.
func (m Model) resolveBasketCmd(ids []string) tea.Cmd {
	if len(ids) == 0 {
		return nil
	}
	r := m.resolver
	ids = append([]string(nil), ids...)
	return func() tea.Msg {
		items, err := r.ResolveAll(context.Background(), ids)
		return basketMsg{items: items, err: err}
	}
}

// basketIDs are the basket's ids in order.
func (m Model) basketIDs() []string {
	ids := make([]string, len(m.basket))
	for i, r := range m.basket {
		ids[i] = r.ID
	}
	return ids
}

// saveCmd saves the basket's ids.
func (m Model) saveCmd() tea.Cmd {
	save := m.opts.Basket.Save
	if save == nil {
		return nil
	}
	ids := m.basketIDs()
	return func() tea.Msg { return savedMsg{err: save(ids)} }
}

// toggleMark marks or unmarks the selected item.
func (m *Model) toggleMark() tea.Cmd {
	h, ok := m.results.Selected()
	if !ok {
		return nil
	}
	for i, b := range m.basket {
		if b.ID == h.Item.ID {
			m.basket = append(m.basket[:i:i], m.basket[i+1:]...)
			m.status.Info(fmt.Sprintf("Unmarked (%d in the basket)", len(m.basket)))
			m.refreshMarks()
			return m.saveCmd()
		}
	}
	m.basket = append(m.basket, resolve.Resolved{ID: h.Item.ID, Item: h.Item})
	m.status.Info(fmt.Sprintf("Marked for the briefing (%d in the basket) · b shows it · e exports", len(m.basket)))
	m.refreshMarks()
	return tea.Batch(m.saveCmd(), m.resolveBasketCmd(m.basketIDs()))
}

func (m *Model) refreshMarks() {
	ids := make(map[string]bool, len(m.basket))
	for _, r := range m.basket {
		ids[r.ID] = true
	}
	marked := func(id string) bool { return ids[id] }
	m.results.SetMarked(marked)
	m.basketList.SetMarked(marked)
	hits := make([]index.Hit, len(m.basket))
	for i, r := range m.basket {
		hits[i] = index.Hit{Item: r.Item}
		if r.Missing {
			hits[i].Item = missingItem(r.ID)
		}
	}
	cur := m.basketList.Cursor()
	m.basketList.SetHits(hits)
	m.basketList.Select(cur)
}

func missingItem(id string) evidence.Item {
	return evidence.Item{ID: id, Kind: evidence.Excerpt, Text: "Missing: " + id + " — its source is no longer in the library.",
		Source: evidence.Source{Publisher: "missing"}}
}

// packCmd resolves the basket's ids at the moment of asking and builds the
// briefing pack from them, missing items left out, then hands it to do.
func (m Model) packCmd(do func(export.Pack) tea.Msg) tea.Cmd {
	var themes []export.Theme
	for _, t := range m.opts.Themes {
		themes = append(themes, export.Theme{ID: t.ID, Label: t.Label})
	}
	r, ids, now, group := m.resolver, m.basketIDs(), m.now(), m.packGroup
	return func() tea.Msg {
		rs, err := r.ResolveAll(context.Background(), ids)
		if err != nil {
			return exportedMsg{err: err}
		}
		return do(export.Pack{Items: resolve.Items(rs), Themes: themes, Group: group, Accessed: now})
	}
}

// basketEmpty reports a basket with nothing to export, and says so.
func (m *Model) basketEmpty() bool {
	for _, r := range m.basket {
		if !r.Missing {
			return false
		}
	}
	m.status.Error("The basket is empty: mark findings with space first")
	return true
}

// exportCmd writes the basket as a briefing pack.
func (m *Model) exportCmd() tea.Cmd {
	if m.basketEmpty() {
		return nil
	}
	if m.opts.Basket.Export == nil {
		m.status.Error("Exporting is not available here")
		return nil
	}
	write := m.opts.Basket.Export
	m.status.Info("Exporting…")
	return m.packCmd(func(p export.Pack) tea.Msg {
		where, err := write(p)
		return exportedMsg{where: where, err: err}
	})
}

// copiedPackMsg carries the pack as Markdown, to copy.
type copiedPackMsg struct {
	text string
	n    int
	err  error
}

// copyPack copies the whole basket as a Markdown briefing.
func (m *Model) copyPack() tea.Cmd {
	if m.basketEmpty() {
		return nil
	}
	return m.packCmd(func(p export.Pack) tea.Msg {
		var b strings.Builder
		err := p.WriteMarkdown(&b)
		return copiedPackMsg{text: b.String(), n: len(p.Items), err: err}
	})
}

func (m *Model) applyCopiedPack(msg copiedPackMsg) tea.Cmd {
	if msg.err != nil {
		m.status.Error(msg.err.Error())
		return nil
	}
	m.status.Info(fmt.Sprintf("Copied the briefing pack (%d findings) as Markdown", msg.n))
	return tea.SetClipboard(msg.text)
}

func (m Model) updateBasketKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	km := m.keys
	i := m.basketList.Cursor()
	switch {
	case key.Matches(k, km.Back), key.Matches(k, km.Basket):
		m.setState(screenBrowse, overlayNone, focusList)
	case key.Matches(k, km.MoveUp, km.MoveDown):
		delta := -1
		if key.Matches(k, km.MoveDown) {
			delta = 1
		}
		j := max(0, min(len(m.basket)-1, i+delta))
		if j != i && len(m.basket) > 0 {
			m.basket[i], m.basket[j] = m.basket[j], m.basket[i]
			m.refreshMarks()
			m.basketList.Select(j)
			return m, m.saveCmd()
		}
	case key.Matches(k, km.Remove):
		if i < len(m.basket) {
			m.basket = append(m.basket[:i:i], m.basket[i+1:]...)
			m.refreshMarks()
			m.status.Info(fmt.Sprintf("Removed (%d in the basket)", len(m.basket)))
			return m, m.saveCmd()
		}
	case k.String() == "C":
		return m, m.copyPack()
	case key.Matches(k, km.Regroup):
		if m.packGroup == export.GroupTheme {
			m.packGroup = export.GroupNone
			m.status.Info("The pack keeps the basket's order")
		} else {
			m.packGroup = export.GroupTheme
			m.status.Info("The pack groups the findings by theme")
		}
	case key.Matches(k, km.Copy):
		if i < len(m.basket) {
			return m, m.copyResolved(m.basket[i], evidence.StylePlain)
		}
	case key.Matches(k, km.Export):
		return m, m.exportCmd()
	case key.Matches(k, km.Up):
		m.basketList.Move(-1)
	case key.Matches(k, km.Down):
		m.basketList.Move(1)
	}
	return m, nil
}

// basketBody draws the basket view.
func (m Model) basketBody() string {
	st := m.styles
	order := "in this order"
	if m.packGroup == export.GroupTheme {
		order = "grouped by theme"
	}
	title := st.Title.Render(fmt.Sprintf(" Briefing basket · %d findings", len(m.basket))) +
		st.Muted.Render(" · pack "+order+"  K/J reorder · s group · d remove · C copy pack · e export")
	list := m.basketList.View(st, true)
	if len(m.basket) == 0 {
		list = st.Muted.Render(" The basket is empty: press space on a finding to mark it.")
	}
	return st.PaneFocused.Width(m.width).Height(m.bodyHeight()).Render(title + "\n" + list)
}
