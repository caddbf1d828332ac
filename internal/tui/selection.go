package tui

import (
	"context"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/tui/detail"
	"github.com/cypx/cypx/internal/tui/status"
)

// selection is the item selected in the list, as far as it is known: the
// hit as listed (with its matched words) and, once its links arrive, the
// item resolved — its primary, its links. Everything that shows or acts on
// the selected item (the detail pane, copying, pinning, the linked view,
// the pinned comparison) reads it here; the list only says which item it is.
type selection struct {
	hit index.Hit
	ok  bool
	// res is the item resolved with its links; res.ID is the hit's id once
	// they have arrived.
	res resolve.Resolved
	// seq is the links request this selection waits for.
	seq int
}

// resolved reports whether the links of the selected item have arrived.
func (s selection) resolved() bool { return s.ok && s.res.ID == s.hit.Item.ID }

// item is the selected item, resolved when its links have arrived.
func (s selection) item() resolve.Resolved {
	if s.resolved() {
		return s.res
	}
	return resolve.Resolved{ID: s.hit.Item.ID, Item: s.hit.Item}
}

// detail is the selection as the detail pane shows it.
func (s selection) detail() detail.Item {
	d := detail.Item{Hit: s.hit, Has: s.ok, Links: -1}
	if s.resolved() {
		d.Hit.Item, d.Links = s.res.Item, len(s.res.Links)
	}
	return d
}

// Linker finds an item's linked findings: the link engine, or a fake.
type Linker = resolve.Linker

// linksMsg carries one item resolved with its links; for the linked view
// the linked items come resolved too, so each side is cited as everywhere.
type linksMsg struct {
	seq    int
	res    resolve.Resolved
	linked []resolve.Resolved
	// series are, for the figures table, the item's own source's
	// statements of its measures (resolve.Resolver.Series).
	series []evidence.Item
	err    error
}

// linksCmd resolves an item with its links off the update loop; deep also
// resolves the linked items, for the linked view. It returns the request's
// number with it.
func (m *Model) linksCmd(it evidence.Item, deep bool) (tea.Cmd, int) {
	m.linksSeq++
	seq, r := m.linksSeq, m.resolver
	if m.cat.linker == nil {
		return nil, seq
	}
	return func() tea.Msg {
		ctx := context.Background()
		// As the index holds it now (resolve.Resolver.Current), not the
		// list's copy: after a reopening the list still holds the old
		// index's hits when the selection asks again.
		res, err := r.Current(ctx, it.ID)
		if err == nil && res.Missing {
			// Gone since it was listed: the selection shows the list's
			// copy, without links, until the next search drops it; the
			// linked view says why it has nothing to show.
			if deep {
				return linksMsg{seq: seq, err: fmt.Errorf("%s: %s is no longer in the index", res.MissingReason(), res.ID)}
			}
			return linksMsg{seq: seq, res: res}
		}
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
	}, seq
}

// afterUpdate follows the list's selection: a newly selected item is shown
// from its top and its links are asked for; and it gives information in
// the status line its lifetime.
func (m Model) afterUpdate(cmd tea.Cmd) (tea.Model, tea.Cmd) {
	if life := m.opts.InfoLifetime; life > 0 && m.status.Expires() && m.status.Seq() != m.statusTimed {
		seq := m.status.Seq()
		m.statusTimed = seq
		cmd = tea.Batch(cmd, tea.Tick(life, func(time.Time) tea.Msg { return status.ExpiredMsg{Seq: seq} }))
	}
	h, ok := m.results.Selected()
	if ok == m.sel.ok && h.Item.ID == m.sel.hit.Item.ID {
		m.sel.hit = h // the same item, from a newer search: its matches may differ
		return m, cmd
	}
	m.sel = selection{hit: h, ok: ok}
	m.detail.Top()
	if !ok {
		return m, cmd
	}
	links, seq := m.linksCmd(h.Item, false)
	m.sel.seq = seq
	return m, tea.Batch(cmd, links)
}

// applyLinks gives links to whichever asked for them: the selection or the
// linked view.
func (m *Model) applyLinks(msg linksMsg) {
	if msg.err != nil {
		m.status.Error("Linked findings: " + msg.err.Error())
		// The screens waiting for these links stop waiting and say why.
		if msg.seq == m.linked.seq {
			if m.willReopen(msg.err) {
				// Asked again once the index is reopened (afterDamage).
				m.redo.linked = true
				m.linked.fail(waitingNote(msg.err))
			} else {
				m.linked.fail(msg.err.Error())
			}
		}
		if msg.seq == m.figs.seq {
			if m.willReopen(msg.err) {
				m.redo.figures = true
				m.figs.fail(waitingNote(msg.err))
			} else {
				m.figs.fail(msg.err.Error())
			}
		}
		return
	}
	if msg.seq == m.sel.seq && msg.res.ID == m.sel.hit.Item.ID && !msg.res.Missing {
		m.sel.res = msg.res
	}
	if msg.seq == m.linked.seq {
		m.linked.setLinks(msg.res, msg.linked)
	}
	if msg.seq == m.figs.seq {
		m.figs.setLinks(msg.res, msg.linked, msg.series)
	}
}
