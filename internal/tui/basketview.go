package tui

import (
	"strconv"

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
//
// It pages through every id of the basket as read, but holds resolved
// only a window of rows around the cursor, and draws the rows on screen
// alone: a basket a script filled with 700,000 ids was a row of two
// structures of some 500 bytes per id (880 MB live), rebuilt at every
// reading.
type basketView struct {
	keys keys.KeyMap
	// list draws the rows on screen, given those alone.
	list results.Model
	read basketRead
	// seq is the reading shown; asking the window of rows asked for at
	// that reading and not yet come, so a key does not ask again.
	seq    int
	asking struct {
		seq, from, to int
		on            bool
	}
	cursor, offset int
	// group is how the pack groups its findings: export.GroupNone keeps
	// this order.
	group string
	width int
	lines int // the list's height
	// unread is why the basket file could not be read at its last
	// reading, or "": the screen says so rather than that the basket is
	// empty (a refused file of four items was shown as empty).
	unread string
	// bad says the file's entries that are no item id, left out of the
	// findings shown (the others are read all the same), and how to take
	// them out; empty when there are none.
	bad string
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
	// wantRows asks for the rows around the cursor to be resolved.
	wantRows struct{}
)

func newBasketView(km keys.KeyMap) *basketView { return &basketView{keys: km} }

// setRead shows the basket as read at reading seq, the cursor on the
// finding it was on, or at its place when that finding has gone (d
// removed it): a reading after another process changed the file moved
// the cursor to whatever finding took the place, and the next d removed
// it.
func (b *basketView) setRead(read basketRead, seq int) {
	on, had := b.selectedID()
	b.read, b.seq = read, seq
	b.list.SetMarked(read.find.Has)
	if had {
		if i := read.find.Index(on); i >= 0 {
			b.cursor = i
		}
	}
	b.clamp()
}

// setRows takes rows resolved at reading seq.
func (b *basketView) setRows(seq int, w rowWindow) {
	if b.asking.seq == seq && b.asking.from == w.from {
		b.asking.on = false
	}
	if seq == b.seq {
		b.read.rows = w
	}
}

// applied follows an op's item with the cursor: to where it moved or was
// put back.
func (b *basketView) applied(msg basketMsg) {
	switch msg.op.kind {
	case opMove, opInsert:
		if msg.pos >= 0 {
			b.cursor = msg.pos
			b.clamp()
		}
	}
}

// page is how many rows fit on screen.
func (b *basketView) page() int { return max(1, b.lines/results.RowHeight) }

// span is how many rows either side of the cursor are resolved: pages
// enough that moving by a page rarely waits for one.
func (b *basketView) span() int { return max(256, 4*b.page()) }

func (b *basketView) clamp() {
	n, page := len(b.read.ids), b.page()
	b.cursor = max(0, min(b.cursor, n-1))
	if b.cursor < b.offset {
		b.offset = b.cursor
	}
	if b.cursor >= b.offset+page {
		b.offset = b.cursor - page + 1
	}
	b.offset = max(0, min(b.offset, n-page))
}

func (b *basketView) move(delta int) {
	b.cursor += delta
	b.clamp()
}

// row is the resolution of row i, when it is in the window resolved.
func (b *basketView) row(i int) (resolve.Resolved, bool) {
	w := b.read.rows
	if j := i - w.from; j >= 0 && j < len(w.rows) {
		return w.rows[j], true
	}
	return resolve.Resolved{}, false
}

// wanted says which rows to resolve, when the rows on screen, or a page
// either side of them, are not all resolved nor asked for.
func (b *basketView) wanted() (from, to int, ok bool) {
	n := len(b.read.ids)
	if n == 0 {
		return 0, 0, false
	}
	page := b.page()
	lo, hi := max(0, b.offset-page), min(n, b.offset+2*page)
	w := b.read.rows
	if lo >= w.from && hi <= w.from+len(w.rows) {
		return 0, 0, false
	}
	if a := b.asking; a.on && a.seq == b.seq && lo >= a.from && hi <= a.to {
		return 0, 0, false
	}
	return max(0, b.cursor-b.span()), min(n, b.cursor+b.span()), true
}

// ask notes the rows asked for.
func (b *basketView) ask(from, to int) {
	b.asking.seq, b.asking.from, b.asking.to, b.asking.on = b.seq, from, to, true
}

// selectedID is the id under the cursor, as the basket file spells it.
func (b *basketView) selectedID() (string, bool) {
	if b.cursor < 0 || b.cursor >= len(b.read.ids) {
		return "", false
	}
	return b.read.ids[b.cursor], true
}

// selected is the finding under the cursor, when its row is resolved.
func (b *basketView) selected() (resolve.Resolved, bool) {
	if _, ok := b.selectedID(); !ok {
		return resolve.Resolved{}, false
	}
	return b.row(b.cursor)
}

func (b *basketView) setSize(width, height int) {
	b.width = width
	b.lines = height - 1
	b.list.SetSize(width, height-1)
	b.clamp()
}

func (b *basketView) update(msg tea.Msg) (action, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	km := b.keys
	id, has := b.selectedID()
	sel, resolved := b.selected()
	label := id
	if resolved {
		label = basketLabel(sel)
	}
	switch {
	case key.Matches(k, km.Back), key.Matches(k, km.Basket):
		return closeScreen{}, true
	case key.Matches(k, km.MoveUp, km.MoveDown):
		delta := -1
		if key.Matches(k, km.MoveDown) {
			delta = 1
		}
		if has {
			return changeBasket{basketOp{kind: opMove, id: id, pos: delta, label: label}}, true
		}
	case key.Matches(k, km.Remove):
		if has {
			return changeBasket{basketOp{kind: opRemove, id: id, label: label}}, true
		}
	case key.Matches(k, km.Undo):
		return undoBasket{}, true
	case key.Matches(k, km.CopyPack):
		return copyPackAction{b.group}, true
	case key.Matches(k, km.Copy):
		if resolved {
			return copyResolvedItem{res: sel, style: evidence.FormatPlain}, true
		}
		if has {
			return sayInfo{id + " is still being read: c copies it in a moment"}, true
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
		b.move(-1)
	case key.Matches(k, km.Down):
		b.move(1)
	case key.Matches(k, km.PageUp):
		b.move(-b.page())
	case key.Matches(k, km.PageDown):
		b.move(b.page())
	case key.Matches(k, km.Top):
		b.cursor = 0
		b.clamp()
	case key.Matches(k, km.End):
		b.cursor = len(b.read.ids) - 1
		b.clamp()
	}
	if _, _, ok := b.wanted(); ok {
		return wantRows{}, true
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

// hit is row i as the list draws it: its item, the missing item's
// reason, or its id alone while it is being read.
func (b *basketView) hit(i int) index.Hit {
	r, ok := b.row(i)
	switch {
	case !ok:
		id := b.read.ids[i]
		return index.Hit{Item: evidence.Item{ID: id, Text: id, Source: evidence.Source{Publisher: "being read…"}}}
	case r.Missing:
		return index.Hit{Item: missingItem(r)}
	}
	return index.Hit{Item: r.Item}
}

func (b *basketView) view(st styles.Styles) string {
	order := "in this order"
	if b.group == export.GroupTheme {
		order = "grouped by theme"
	}
	n := len(b.read.ids)
	count := plural(n, "finding")
	if m := b.read.missing; m > 0 {
		count += " (" + strconv.Itoa(m) + " missing)"
	}
	if b.unread != "" {
		// The findings last read are not what the file holds now: the
		// title counted them above "cannot be read" (hostile check 61).
		count = "file not read"
	}
	title := st.Title.Render(" Briefing basket · "+count) +
		st.Muted.Render(" · pack "+order+" · K/J reorder · s group · d/x/del remove · u undo · C copy pack · e export")
	// The list is given the rows on screen alone, and the cursor among
	// them.
	l := b.list
	hits := make([]index.Hit, 0, b.page())
	for i := b.offset; i < min(n, b.offset+b.page()); i++ {
		hits = append(hits, b.hit(i))
	}
	l.SetHits(hits)
	l.Select(b.cursor - b.offset)
	list := l.View(st, true)
	switch {
	case b.unread != "":
		list = st.StatusError.Render(ansi.Wrap(" The basket file cannot be read, and nothing is written to it until it can: "+
			evidence.ScreenLine(b.unread), max(10, b.width), ""))
	case b.bad != "" && n == 0:
		list = ""
	case n == 0:
		list = st.Muted.Render(" The basket is empty: press space on a finding to mark it.")
	}
	if b.bad != "" && b.unread == "" {
		list = st.StatusError.Render(ansi.Wrap(" "+evidence.ScreenLine(b.bad), max(10, b.width), "")) + "\n" + list
	}
	return ansi.Truncate(title, b.width, "…") + "\n" + list
}

func (b *basketView) help() [][]key.Binding { return b.keys.BasketKeys() }
