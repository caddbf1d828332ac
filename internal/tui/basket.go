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

// basketMsg carries the basket's items, resolved from their ids at start.
type basketMsg struct {
	items []evidence.Item
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

// missingPublisher marks a basket item whose source is no longer indexed.
const missingPublisher = "missing"

// loadBasketCmd resolves the basket's ids through the index; an id not
// found stays in the basket as a missing item, never dropped.
func (m Model) loadBasketCmd() tea.Cmd {
	ids, s := m.opts.Basket.IDs, m.opts.Searcher
	if len(ids) == 0 {
		return nil
	}
	return func() tea.Msg {
		res, err := s.Search(context.Background(), index.Request{IDs: ids, Limit: len(ids), NoFacets: true, NoMatches: true})
		if err != nil {
			return basketMsg{err: err}
		}
		found := map[string]evidence.Item{}
		for _, h := range res.Hits {
			found[h.Item.ID] = h.Item
		}
		items := make([]evidence.Item, len(ids))
		for i, id := range ids {
			if it, ok := found[id]; ok {
				items[i] = it
			} else {
				items[i] = missingItem(id)
			}
		}
		return basketMsg{items: items}
	}
}

func missingItem(id string) evidence.Item {
	return evidence.Item{ID: id, Kind: evidence.Excerpt, Text: "Missing: " + id + " — its source is no longer in the library.",
		Source: evidence.Source{Publisher: missingPublisher}}
}

func isMissing(it evidence.Item) bool {
	return it.Source.Publisher == missingPublisher && it.Source.ID == ""
}

// saveCmd saves the basket's ids.
func (m Model) saveCmd() tea.Cmd {
	save := m.opts.Basket.Save
	if save == nil {
		return nil
	}
	ids := make([]string, len(m.basket))
	for i, it := range m.basket {
		ids[i] = it.ID
	}
	return func() tea.Msg { return savedMsg{err: save(ids)} }
}

// toggleMark marks or unmarks the selected item.
func (m *Model) toggleMark() tea.Cmd {
	it, ok := m.citable()
	if !ok {
		return nil
	}
	for i, b := range m.basket {
		if b.ID == it.ID {
			m.basket = append(m.basket[:i:i], m.basket[i+1:]...)
			m.status.Info(fmt.Sprintf("Unmarked (%d in the basket)", len(m.basket)))
			m.refreshMarks()
			return m.saveCmd()
		}
	}
	m.basket = append(m.basket, it)
	m.status.Info(fmt.Sprintf("Marked for the briefing (%d in the basket) · b shows it · e exports", len(m.basket)))
	m.refreshMarks()
	return m.saveCmd()
}

func (m *Model) refreshMarks() {
	ids := make(map[string]bool, len(m.basket))
	for _, it := range m.basket {
		ids[it.ID] = true
	}
	marked := func(id string) bool { return ids[id] }
	m.results.SetMarked(marked)
	m.basketList.SetMarked(marked)
	hits := make([]index.Hit, len(m.basket))
	for i, it := range m.basket {
		hits[i] = index.Hit{Item: it}
	}
	cur := m.basketList.Cursor()
	m.basketList.SetHits(hits)
	m.basketList.Select(cur)
}

// pack is the basket as a briefing pack, missing items left out.
func (m Model) pack() export.Pack {
	var themes []export.Theme
	for _, t := range m.opts.Themes {
		themes = append(themes, export.Theme{ID: t.ID, Label: t.Label})
	}
	var items []evidence.Item
	for _, it := range m.basket {
		if !isMissing(it) {
			items = append(items, it)
		}
	}
	return export.Pack{Items: items, Themes: themes, Accessed: m.now()}
}

// exportCmd writes the basket as a briefing pack.
func (m *Model) exportCmd() tea.Cmd {
	if len(m.pack().Items) == 0 {
		m.status.Error("The basket is empty: mark findings with space first")
		return nil
	}
	if m.opts.Basket.Export == nil {
		m.status.Error("Exporting is not available here")
		return nil
	}
	pack, write := m.pack(), m.opts.Basket.Export
	m.status.Info("Exporting…")
	return func() tea.Msg {
		where, err := write(pack)
		return exportedMsg{where: where, err: err}
	}
}

// copyPack copies the whole basket as a Markdown briefing.
func (m *Model) copyPack() tea.Cmd {
	p := m.pack()
	if len(p.Items) == 0 {
		m.status.Error("The basket is empty")
		return nil
	}
	var b strings.Builder
	if err := p.WriteMarkdown(&b); err != nil {
		m.status.Error(err.Error())
		return nil
	}
	m.status.Info(fmt.Sprintf("Copied the briefing pack (%d findings) as Markdown", len(p.Items)))
	return tea.SetClipboard(b.String())
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
	case key.Matches(k, km.Copy):
		if h, ok := m.basketList.Selected(); ok && !isMissing(h.Item) {
			return m, m.copyItem(h.Item, evidence.StylePlain)
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
	title := st.Title.Render(fmt.Sprintf(" Briefing basket · %d findings", len(m.basket))) +
		st.Muted.Render("  K/J reorder · d remove · C copy pack · e export")
	list := m.basketList.View(st, true)
	if len(m.basket) == 0 {
		list = st.Muted.Render(" The basket is empty: press space on a finding to mark it.")
	}
	return st.PaneFocused.Width(m.width).Height(m.bodyHeight()).Render(title + "\n" + list)
}
