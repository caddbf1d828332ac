package tui

import (
	"context"
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/tui/detail"
	"github.com/cypx/cypx/internal/tui/menu"
)

// purpose says what an item is resolved for.
type purpose int

const (
	forCopy purpose = iota
	forCopyMenu
	forPin
	// forRepin resolves the pinned item again against an index reopened.
	forRepin
)

// resolvedMsg carries an item resolved for an action: every copy, the copy
// menu's previews and the pinned item go through the resolver, so each
// cites the item as every other path does.
type resolvedMsg struct {
	purpose purpose
	style   evidence.Format
	// id is the item asked for, which a reply that met a reopening asks
	// for again (afterReopen.ask).
	id  string
	res resolve.Resolved
	err error
}

// resolveAsk is an item asked for, for a purpose in a style.
type resolveAsk struct {
	purpose purpose
	style   evidence.Format
	id      string
}

// resolveFor resolves an item off the update loop for a purpose, with its
// links, whose disagreements a copy warns of on every path and the pinned
// pane shows as the detail pane does (from the basket or the chart the
// warning came only when the list had happened to find the item's links
// before, and the pinned pane never showed it).
func (m *Model) resolveFor(p purpose, style evidence.Format, it evidence.Item) tea.Cmd {
	if m.reopening {
		// The index is closed while it is opened again: every item would
		// read as missing.
		m.status.Warning("The index is being reopened: ask again once it is")
		return nil
	}
	r := m.resolver
	return func() tea.Msg {
		// By its id first, as a basket is resolved: the item as the index
		// holds it now (missing, or its new text, once another cypx has
		// rebuilt the index), never the copy a list or the basket held.
		res, err := r.Current(context.Background(), it.ID)
		return resolvedMsg{purpose: p, style: style, id: it.ID, res: res, err: err}
	}
}

func (m *Model) applyResolved(msg resolvedMsg) tea.Cmd {
	if msg.purpose != forRepin && m.willReopen(msg.err) {
		// The copy (or pin) that finds the index rebuilt by another cypx
		// is made once it is reopened (redoAfterReopen), of the item as
		// the new index holds it. Before (hostile check 69 F3), the
		// status line said only the error, and nothing was copied.
		m.redo.ask = &resolveAsk{purpose: msg.purpose, style: msg.style, id: msg.id}
		return nil
	}
	if msg.err != nil {
		m.status.Error(msg.err.Error())
		return nil
	}
	if msg.purpose == forRepin {
		m.repinned(msg.res)
		return nil
	}
	if msg.res.Missing && msg.purpose != forCopy {
		// Resolved by its id: gone from the index since it was listed.
		reason := msg.res.MissingReason()
		m.status.Error(strings.ToUpper(reason[:1]) + reason[1:] + ": " + msg.res.ID + " is no longer in the index")
		return nil
	}
	if msg.purpose != forPin {
		m.readStyle()
	}
	switch msg.purpose {
	case forCopyMenu:
		m.push(&copyMenu{keys: m.keys, m: menu.New("Copy as", m.copyOptions(msg.res)), res: msg.res})
	case forPin:
		res := msg.res
		m.pin.res = &res
		m.status.Info("Pinned " + res.Item.Badge() + " " + evidence.PublisherLabel(res.Item.Source) + ": browse and search to compare; p unpins")
		m.layout()
	default:
		return m.copyResolved(msg.res, msg.style)
	}
	return nil
}

// copyOptions are the choices of the C menu, each previewed.
func (m Model) copyOptions(res resolve.Resolved) []menu.Option {
	labels := []string{"Quote with inline citation", "Markdown, source linked", "Figure with citation", referenceLabel(m.citeStyle())}
	if m.citeStyle() == evidence.Footnotes {
		labels[0], labels[2] = "Quote with its footnote", "Figure with its footnote"
	}
	var opts []menu.Option
	for i, f := range copyStyles {
		cp := res.CiteCopy(m.citeStyle(), f, m.now())
		opts = append(opts, menu.Option{Label: labels[i], Preview: cp.String(), Fit: func(room int) string { return copyLinePreview(cp, room) }})
	}
	return opts
}

// copyResolved puts a resolved item on the clipboard in a style and says
// where it went and what was copied: a quote shortened, its citation whole.
func (m *Model) copyResolved(res resolve.Resolved, style evidence.Format) tea.Cmd {
	if res.Missing {
		reason := res.MissingReason()
		m.status.Error(strings.ToUpper(reason[:1]) + reason[1:] + ": nothing to copy")
		return nil
	}
	cp := res.CiteCopy(m.citeStyle(), style, m.now())
	// The briefing writer may be about to use one side of a disagreement.
	return m.sendCopy(cp.String(), copiedMsg{cite: &cp, warning: figures.Warning(res.OtherValues(), m.citeStyle())})
}

// copyPreviewRoom is the most a copy's preview takes on the status line;
// copyTextRoom the least its quote or figure keeps once cut, and
// copyNotesRoom what it leaves for the notes or references after it.
const copyPreviewRoom, copyTextRoom, copyNotesRoom = 90, 36, 40

// copyPreview is a copy as the status line says it, in room cells (what
// the line has left after "Copied to the clipboard: "): the copy's own
// text on one line, whole when it is short (wrapped by the status line
// where the line is narrower); else its quote or figure cut
// between words, "…" where words were left out and a quote's own closing
// mark after it, then its citation whole, then its notes or references
// cut to the room left. Where room cannot hold the citation beside
// copyTextRoom of the quote, the preview is made at copyPreviewRoom, and the
// status line wraps it (status.InfoWrapped). Before, the preview was
// built beside the copy: it closed a figure (which has no quote marks)
// with a quote mark, put "…" on a quote cut of nothing, and in Vancouver
// took the reference for the citation and dropped the "(1)" (hostile
// check 64 L1); and it was made for 90 cells whatever the width, so below
// about 110 columns the line's edge cut the citation off (hostile check
// 65).
func copyPreview(cp evidence.Copy, room int) string {
	whole := evidence.ScreenOneLine(cp.String())
	if fit.Width(whole) <= copyPreviewRoom {
		// Short: whole, wrapped where the line is narrower.
		return whole
	}
	room = min(room, copyPreviewRoom)
	notes := 0
	if cp.Notes != "" {
		notes = copyNotesRoom
	}
	if room-fit.Width(citeAfterQuote(cp))-notes < copyTextRoom {
		room = copyPreviewRoom
	}
	return quoteCutCiteWhole(cp, room, notes, copyTextRoom)
}

// copyLinePreview is a copy on one line of room cells, as the C menu
// previews each style: whole where it fits, else its quote cut (to "…"
// if need be) and its citation whole, since the citation is what tells
// the styles apart; only a citation wider than the line is cut, from the
// end. Notes or references take what is left. Before, the menu cut each
// copy from its end, so at 100 columns every option's preview lost the
// citation it would carry (hostile check 66).
func copyLinePreview(cp evidence.Copy, room int) string {
	whole := evidence.ScreenOneLine(cp.String())
	after := citeAfterQuote(cp)
	if fit.Width(whole) <= room || room-fit.Width(after) < 2 {
		return fit.Words(whole, room)
	}
	notes := 0
	if cp.Notes != "" && room-fit.Width(after)-copyNotesRoom >= copyTextRoom {
		notes = copyNotesRoom
	}
	return quoteCutCiteWhole(cp, room, notes, 1)
}

// quoteAndClosing is a copy's quote or figure on one line, apart from a
// quote's own closing mark, which a cut quote keeps after its "…".
func quoteAndClosing(cp evidence.Copy) (text, closing string) {
	text = evidence.ScreenOneLine(cp.Text)
	if len(text) > 1 && strings.HasPrefix(text, `"`) && strings.HasSuffix(text, `"`) {
		return strings.TrimSuffix(text, `"`), `"`
	}
	return text, ""
}

// citeAfterQuote is what follows a copy's quote, cut or not: its closing
// mark and its citation (one line already; its leading space its own).
func citeAfterQuote(cp evidence.Copy) string {
	_, closing := quoteAndClosing(cp)
	return closing + evidence.ScreenText(cp.Citation)
}

// quoteCutCiteWhole is a copy in room cells: its quote or figure cut
// between words to at least least cells ("…" where words were left out,
// a quote's own closing mark after it), its citation whole, then its notes
// or references cut to the room left, notes cells kept for them.
func quoteCutCiteWhole(cp evidence.Copy, room, notes, least int) string {
	text, _ := quoteAndClosing(cp)
	after := citeAfterQuote(cp)
	out := fit.Words(text, max(least, room-fit.Width(after)-notes)) + after
	if cp.Notes == "" {
		return out
	}
	return out + " " + fit.Words(evidence.ScreenOneLine(cp.Notes), max(1, room-fit.Width(out)-1))
}

// copyStyles are the choices of the C menu, in order.
var copyStyles = []evidence.Format{evidence.FormatPlain, evidence.FormatMarkdown, evidence.FormatFigure, evidence.FormatReference}

// citeStyle is the citation style copies and exports use.
func (m Model) citeStyle() evidence.Style { return m.cite.Style() }

// citing is how the explorer cites: the style as last read and the clock
// that dates references. One value, shared by the model's copies and by
// every view that cites (the detail pane, the pinned and selected panes,
// the linked view, the figures table's warning), each reading it as it
// draws: a style read at a copy, or at a look at the files (styleCmd),
// applies at once to everything on screen.
// Before, the pinned and selected panes cited in Harvard whatever the
// style, and the linked view and the figures table kept the style they
// opened with.
type citing struct {
	style evidence.Style
	now   func() time.Time
	// unread is what the last read of the settings said was wrong with
	// them ("" when they were read): said with the copy that follows, as
	// its message replaces the status line's warning.
	unread string
}

// Style is the style as last read; DefaultStyle before any.
func (c *citing) Style() evidence.Style {
	if c.style == "" {
		return evidence.DefaultStyle
	}
	return c.style
}

func (c *citing) accessed() time.Time {
	if c.now != nil {
		return c.now()
	}
	return time.Now()
}

// item is an item as a pane shows it, cited in the style by the functions
// cypx show cites with (Resolved.InText, Resolved.Note): the pane's cite,
// note and style, the detail pane's fields.
func (c *citing) item(d detail.Item, res resolve.Resolved) detail.Item {
	st := c.Style()
	d.Cite, d.Note, d.Style = res.InText(st, c.accessed()), res.Note(st), st
	return d
}

// readStyle reads the configured style again (Options.StyleNow) before a
// copy, the copy menu or an export: a style set with 'cypx config set
// style' while the explorer is open applies at once, as it does to 'cypx
// cite'. A settings file that cannot be read (edited by hand into a bad
// style) keeps the style last read, with a warning that a copy made then
// says again with where it went (sendCopy).
func (m *Model) readStyle() {
	if m.opts.StyleNow == nil {
		return
	}
	st, err := m.opts.StyleNow()
	if err != nil {
		m.cite.unread = fmt.Sprintf("Settings: %v: citing in %s, the style last read", err, m.citeStyle())
		m.status.Warning(m.cite.unread)
		return
	}
	m.cite.style, m.cite.unread = st, ""
}

// styleMsg carries the configured style as read at a look at the files;
// same says it is the style the explorer cites in already, or could not
// be read (a copy says so: a look every half second would say it twice a
// second).
type styleMsg struct {
	style evidence.Style
	same  bool
}

// styleCmd reads the configured style off the update loop, so that a
// style set while the explorer is open reaches the panes on screen at the
// next look, not only at the next copy.
func (m Model) styleCmd() tea.Cmd {
	read, cur := m.opts.StyleNow, m.citeStyle()
	if read == nil {
		return nil
	}
	return func() tea.Msg {
		st, err := read()
		if err != nil {
			return styleMsg{style: cur, same: true}
		}
		if st == "" {
			st = evidence.DefaultStyle
		}
		return styleMsg{style: st, same: st == cur}
	}
}

// referenceLabel names the copy menu's reference choice in a style.
func referenceLabel(st evidence.Style) string {
	switch st {
	case evidence.APA:
		return "Full APA reference"
	case evidence.Vancouver:
		return "Full Vancouver reference"
	case evidence.Footnotes:
		return "Bibliography entry (MHRA)"
	}
	return "Full Harvard reference"
}

// detailItem is the selection as the detail pane shows it, cited in the
// configured style.
func (m Model) detailItem() detail.Item {
	d := m.sel.detail()
	if m.sel.resolved() {
		d.Warning = figures.Warning(m.sel.res.OtherValues(), m.citeStyle())
	}
	if d.Has {
		d = m.cite.item(d, m.sel.item())
	}
	return d
}

// repinCmd resolves the pinned item again once the index was reopened
// (replaced by another cypx, or rebuilt): the pane shows it as the index
// holds it now, or says it is a snapshot of what the index no longer
// holds (hostile check 50).
func (m *Model) repinCmd() tea.Cmd {
	if m.pin.res == nil {
		return nil
	}
	return m.resolveFor(forRepin, "", m.pin.res.Item)
}

// repinned shows the pinned item as resolved again, if it is still the
// one pinned.
func (m *Model) repinned(res resolve.Resolved) {
	if m.pin.res == nil || m.pin.res.ID != res.ID {
		return
	}
	if res.Missing {
		m.pin.snapshot = "no longer in the index"
		return
	}
	m.pin.res, m.pin.snapshot = &res, ""
}
