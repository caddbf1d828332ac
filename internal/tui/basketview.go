package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/results"
	"github.com/cypx/cypx/internal/tui/styles"
)

// basketView is the basket screen: the marked findings in the pack's
// order, to reorder, remove (and put back), copy and export.
type basketView struct {
	keys  keys.KeyMap
	list  results.Model
	items []resolve.Resolved
	// group is how the pack groups its findings: export.GroupNone keeps
	// this order.
	group string
	width int
	// unread is why the basket file could not be read at its last
	// reading, or "": the screen says so rather than that the basket is
	// empty (a refused file of four items was shown as empty).
	unread string
}

// The basket screen's own actions.
type (
	// changeBasket changes the basket file.
	changeBasket struct{ op basketOp }
	// undoBasket puts the last removed item back.
	undoBasket struct{}
	// copyPackAction copies the pack; exportPackAction writes it.
	copyPackAction   struct{ group string }
	exportPackAction struct{ group string }
)

func newBasketView(km keys.KeyMap) *basketView { return &basketView{keys: km} }

// setItems shows the basket as last read, the cursor on the finding it
// was on, or at its place when that finding has gone (d removed it): a
// reading after another process changed the file moved the cursor to
// whatever finding took the place, and the next d removed it.
func (b *basketView) setItems(items []resolve.Resolved, marked func(string) bool) {
	b.items = items
	hits := make([]index.Hit, len(items))
	for i, r := range items {
		hits[i] = index.Hit{Item: r.Item}
		if r.Missing {
			hits[i].Item = missingItem(r)
		}
	}
	cur := b.list.Cursor()
	on, had := b.list.Selected()
	b.list.SetMarked(marked)
	b.list.SetHits(hits)
	if !had || !b.list.SelectID(on.Item.ID) {
		b.list.Select(cur)
	}
}

// applied follows an op's item with the cursor: to where it moved or was
// put back.
func (b *basketView) applied(msg basketMsg) {
	switch msg.op.kind {
	case opMove, opInsert:
		if msg.pos >= 0 {
			b.list.Select(msg.pos)
		}
	}
}

func (b *basketView) selected() (resolve.Resolved, bool) {
	i := b.list.Cursor()
	if i < 0 || i >= len(b.items) {
		return resolve.Resolved{}, false
	}
	return b.items[i], true
}

func (b *basketView) setSize(width, height int) {
	b.width = width
	b.list.SetSize(width, height-1)
}

func (b *basketView) update(msg tea.Msg) (action, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	km := b.keys
	sel, has := b.selected()
	switch {
	case key.Matches(k, km.Back), key.Matches(k, km.Basket):
		return closeScreen{}, true
	case key.Matches(k, km.MoveUp, km.MoveDown):
		delta := -1
		if key.Matches(k, km.MoveDown) {
			delta = 1
		}
		if has {
			return changeBasket{basketOp{kind: opMove, id: sel.ID, pos: delta}}, true
		}
	case key.Matches(k, km.Remove):
		if has {
			return changeBasket{basketOp{kind: opRemove, id: sel.ID, label: basketLabel(sel)}}, true
		}
	case key.Matches(k, km.Undo):
		return undoBasket{}, true
	case key.Matches(k, km.CopyPack):
		return copyPackAction{b.group}, true
	case key.Matches(k, km.Copy):
		if has {
			return copyResolvedItem{res: sel, style: evidence.FormatPlain}, true
		}
	case key.Matches(k, km.Export):
		return exportPackAction{b.group}, true
	case key.Matches(k, km.GroupPack):
		if b.group == export.GroupTheme {
			b.group = export.GroupNone
			return sayInfo{"The pack keeps the basket's order"}, true
		}
		b.group = export.GroupTheme
		return sayInfo{"The pack groups the findings by theme"}, true
	case key.Matches(k, km.Up):
		b.list.Move(-1)
	case key.Matches(k, km.Down):
		b.list.Move(1)
	case key.Matches(k, km.PageUp):
		b.list.Move(-b.list.Page())
	case key.Matches(k, km.PageDown):
		b.list.Move(b.list.Page())
	case key.Matches(k, km.Top):
		b.list.Top()
	case key.Matches(k, km.End):
		b.list.End()
	}
	return nil, true
}

// basketLabel names a basket item in a status message.
func basketLabel(r resolve.Resolved) string {
	if r.Missing {
		return r.ID + " (missing)"
	}
	return itemLabel(r.Item)
}

func (b *basketView) view(st styles.Styles) string {
	order := "in this order"
	if b.group == export.GroupTheme {
		order = "grouped by theme"
	}
	title := st.Title.Render(" Briefing basket · "+plural(len(b.items), "finding")) +
		st.Muted.Render(" · pack "+order+" · K/J reorder · s group · d remove · u undo · C copy pack · e export")
	list := b.list.View(st, true)
	switch {
	case b.unread != "":
		list = st.StatusError.Render(ansi.Wrap(" The basket file cannot be read, and nothing is written to it until it can: "+
			evidence.PrintableLine(b.unread), max(10, b.width), ""))
	case len(b.items) == 0:
		list = st.Muted.Render(" The basket is empty: press space on a finding to mark it.")
	}
	return ansi.Truncate(title, b.width, "…") + "\n" + list
}

func (b *basketView) help() [][]key.Binding { return b.keys.BasketKeys() }
