package tui

import (
	"errors"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/status"
)

// failing is a reply from a command that may carry an error from the
// index: a search, a page, facets, links, a resolution, the chart, the map,
// the basket and its rows, a saved search's run, the export and the pack
// copied. A reply with an error that is not one of them is a path damage
// goes past (TestEveryReplyWithAnErrorIsLookedAtForDamage).
type failing interface{ failure() error }

func (m searchResultMsg) failure() error { return m.err }
func (m moreMsg) failure() error         { return m.err }
func (m facetsMsg) failure() error       { return m.err }
func (m chartMsg) failure() error        { return m.err }
func (m mapMsg) failure() error          { return m.err }
func (m linksMsg) failure() error        { return m.err }
func (m resolvedMsg) failure() error     { return m.err }
func (m basketMsg) failure() error       { return m.err }
func (m savedRunMsg) failure() error     { return m.err }
func (m exportedMsg) failure() error     { return m.err }
func (m copiedPackMsg) failure() error   { return m.err }
func (m basketRowsMsg) failure() error   { return m.err }

// afterDamage looks at a reply once it has been handled: if it says the
// index's files were changed under the explorer (index.ErrDamaged: a
// segment cut short or rewritten while open), the index cannot be read
// again. The status line says so, and the index is reopened (rebuilt, as
// the cache does for damage) through Options.Reopen, once however many
// replies report the damage. An index another cypx rebuilt or updated
// (index.ErrReplaced) is no damage: it is opened again as it is on disk
// (afterReplaced). The explorer keeps what it shows meanwhile.
func (m *Model) afterDamage(msg tea.Msg) tea.Cmd {
	f, ok := msg.(failing)
	if !ok {
		return nil
	}
	replaced := errors.Is(f.failure(), index.ErrReplaced)
	if !errors.Is(f.failure(), index.ErrDamaged) && !replaced {
		if f.failure() == nil {
			m.rebuiltUnread = false // the rebuilt index has been read
		}
		return nil
	}
	if m.importing {
		return m.afterImport(f.failure())
	}
	if m.lateReply(f.failure()) {
		// A reply from the index the reopening replaced, which came after
		// it: what it was answering is asked again of the new index.
		return m.redoAfterReopen()
	}
	if replaced {
		return m.afterReplaced(f.failure())
	}
	if m.rebuiltUnread {
		// A fresh index that fails before any read of it worked is not
		// damage a rebuild mends: another would loop.
		m.status.Error("The index was rebuilt and still cannot be read (" + f.failure().Error() + "): quit and start cypx again")
		return nil
	}
	if m.opts.Reopen == nil {
		m.status.Error(damageWords(f.failure()) + " and must be reopened: quit and start cypx again")
		return nil
	}
	if !m.reopening {
		m.damageWhat = damageWords(f.failure())
	}
	m.status.Warning(m.damageWhat + " and must be reopened: rebuilding it…" + m.redo.follows())
	hold := m.holdStatus()
	if m.reopening {
		return hold
	}
	m.reopening = true
	m.replacedDamage = index.DamageOf(f.failure())
	reopen := m.opts.Reopen
	return tea.Batch(hold, func() tea.Msg { return reopen() })
}

// afterImport is afterDamage while the explorer's own import runs: it
// closes the index, writes the cache (rebuilding an index found damaged)
// and opens it again, so no reopening is started beside it, which could
// open the index half-written or take the import's own write for another
// cypx's. What met it is answered once the import's index is open
// (applyImported), and a reply of the index it replaced coming after
// that is a late one (lateReply); an import that fails reopens the index
// as the reply would have. Before (hostile check 51), a reopening ran
// beside the import.
func (m *Model) afterImport(err error) tea.Cmd {
	if m.importMet == nil {
		m.importMet = err
	}
	m.status.Info("Importing " + m.importName + "…: the index is opened again with it" + m.redo.follows() + m.waitingNote())
	return nil
}

// damageWords is what the status line says of damage err found while
// the index was open: its cache folder deleted (index.RemovedError), or
// its files changed. Neither is blamed on another cypx, which replacing
// the index (index.ErrReplaced) alone is (hostile check 50).
func damageWords(err error) string {
	var removed *index.RemovedError
	if errors.As(err, &removed) {
		return "The cached index was removed while open"
	}
	return "The index was changed on disk while open"
}

// replacedWords is what the status line says of an index another cypx
// rebuilt or updated while the explorer had it open.
const replacedWords = "The index was rebuilt or updated by another cypx while open"

// afterReplaced is afterDamage for an index another cypx replaced
// (index.ErrReplaced, found by a stat at each read, on the reading
// goroutine): nothing is damaged, so it is opened again as it is on disk
// (Options.Refresh), not rebuilt, and what met it is answered again as
// after damage. Before (hostile check 49), the explorer read the old
// index until its own next import: a report removed from the library was
// still searched, quoted and exported.
func (m *Model) afterReplaced(err error) tea.Cmd {
	if m.opts.Refresh == nil {
		words := replacedWords
		if isLibraryChange(err) {
			words = libraryChangedWords
		}
		m.status.Error(words + ": quit and start cypx again to read it")
		return nil
	}
	if isLibraryChange(err) {
		return m.afterLibraryChanged(err)
	}
	m.status.Warning(replacedWords + ": reopening it…" + m.redo.follows())
	hold := m.holdStatus()
	if m.reopening {
		return hold
	}
	m.reopening, m.refreshing = true, true
	m.replacedDamage = index.DamageOf(err)
	refresh := m.opts.Refresh
	return tea.Batch(hold, func() tea.Msg { return refresh() })
}

// waitingNote is what a view waiting for a reply that met a reopening
// says meanwhile: the index damaged and rebuilt, or replaced by another
// cypx and opened again.
func waitingNote(err error) string {
	if errors.Is(err, index.ErrReplaced) {
		return "the index was rebuilt or updated by another cypx while open; they are asked for again once it is reopened"
	}
	return "the index was changed on disk while open; they are asked for again once it is rebuilt"
}

// holdStatus keeps the status line's warning through typing for the
// information lifetime, after which a key clears it as usual. The damage
// is found, and the index rebuilt, while the user types: each key typed
// meanwhile cleared the news before a screen showed it.
func (m *Model) holdStatus() tea.Cmd {
	life := m.opts.InfoLifetime
	if life <= 0 {
		return nil
	}
	m.status.Hold()
	seq := m.status.Seq()
	return tea.Tick(life, func(time.Time) tea.Msg { return status.ReleasedMsg{Seq: seq} })
}

// WarningMsg is a warning from outside the explorer for its status line:
// a line of bleve's log, which would draw over the screen if it went to
// the terminal.
type WarningMsg struct{ Text string }

// willReopen says whether damage found now is mended by a reopening, as
// afterDamage decides: a reply that met it can then be answered again
// once the index is back, rather than fail.
func (m *Model) willReopen(err error) bool {
	if m.importing && (errors.Is(err, index.ErrReplaced) || errors.Is(err, index.ErrDamaged)) {
		return true // the import opens the index again (afterImport)
	}
	if errors.Is(err, index.ErrReplaced) {
		return m.opts.Refresh != nil
	}
	return errors.Is(err, index.ErrDamaged) && m.opts.Reopen != nil && (!m.rebuiltUnread || m.lateReply(err))
}

// lateReply reports a reply that met the damage of the index a reopening
// has already replaced (the one damage an opened index reports from every
// read, index.DamageOf): a search or an export started before the
// reopening that ended after it. It says nothing of the new index, which
// a reply's damage of its own does. Before, such a reply said the rebuilt
// index still could not be read (hostile check 47).
func (m *Model) lateReply(err error) bool {
	d := index.DamageOf(err)
	return d != nil && m.replacedDamage != nil && !m.reopening && errors.Is(d, m.replacedDamage)
}

// afterReopen is what replies that met the damage were answering: the
// export (e), the pack copied (C), the linked view's links (l) and the
// figures table's (f). Searches
// and the basket are asked again by every reopening; these were not, and
// an export read the damaged index at each press while a search rebuilt it
// (hostile check 47).
type afterReopen struct {
	export, copy bool
	// group is the export's or the copy's grouping.
	group           string
	linked, figures bool
	// shown is the map or the chart on screen, counted once from the
	// index and read again by no key.
	shown bool
	// ask is the one item a copy, the copy menu or a pin asked for.
	ask *resolveAsk
}

// copying reports a copy to be made again: the pack's, or one item's.
func (r afterReopen) copying() bool { return r.copy || r.ask != nil && r.ask.purpose != forPin }

// follows says, after the status line's "rebuilding it…", what will be
// answered once it is rebuilt.
func (r afterReopen) follows() string {
	var what []string
	if r.export {
		what = append(what, "the export")
	}
	if r.copying() {
		what = append(what, "the copy")
	}
	if r.ask != nil && r.ask.purpose == forPin {
		what = append(what, "the pin")
	}
	if r.linked {
		what = append(what, "the linked findings")
	}
	if r.figures {
		what = append(what, "the figures")
	}
	if len(what) == 0 {
		return ""
	}
	return " (" + strings.Join(what, " and ") + " will follow)"
}

// redoAfterReopen answers again what met the damage, once the index has
// been reopened.
func (m *Model) redoAfterReopen() tea.Cmd {
	r := m.redo
	m.redo = afterReopen{}
	var cmds []tea.Cmd
	if r.export {
		cmds = append(cmds, m.exportCmd(r.group))
		m.redoing = m.export
	}
	if r.copy {
		cmds = append(cmds, m.copyPack(r.group))
	}
	if a := r.ask; a != nil {
		cmds = append(cmds, m.resolveFor(a.purpose, a.style, evidence.Item{ID: a.id}))
	}
	if r.linked && m.screen == screenLinked {
		// The old index's links are not shown while the new one's are found.
		m.linked.linked, m.linked.idx, m.linked.loading, m.linked.failed = nil, 0, true, ""
		cmds = append(cmds, m.requestLinked(m.linked.focus.Item))
	}
	if r.figures && m.screen == screenFigures {
		if m.cat.linker != nil {
			m.figs.rel = m.cat.linker.Relation
		}
		// The old index's table is not shown while the new one's is made.
		m.figs.open(m.figs.item)
		cmd, seq := m.figuresCmd(m.figs.item)
		m.figs.seq, m.figs.loading = seq, cmd != nil
		cmds = append(cmds, cmd)
	}
	if r.shown {
		switch m.screen {
		case screenMap:
			cmds = append(cmds, m.openMap(m.mapView.evm.By()))
		case screenChart:
			cmds = append(cmds, m.openChart())
		}
	}
	return tea.Batch(cmds...)
}

// indexLookMsg is what the watch found looking at the index (Check, a
// stat): nil while it is the one open, and no message then.
type indexLookMsg struct{ err error }

func (m indexLookMsg) failure() error { return m.err }

// lookAtIndex is the watch's look at the index (at each look at the
// basket file, twice a second) while a screen made once from it is shown
// — the map, the chart, the figures table, the linked view — which no key
// reads again: an index another cypx replaced, or damaged, is reopened
// (afterDamage) and the screen made again (redoAfterReopen). Before
// (hostile check 51), the map kept a removed source's column until some
// key read the index. Elsewhere every key reads it, and no look is
// needed; nor while a reopening or an import is under way.
func (m *Model) lookAtIndex() tea.Cmd {
	switch m.screen {
	case screenMap, screenChart, screenFigures, screenLinked:
	default:
		return nil
	}
	c, ok := m.opts.Searcher.(interface{ Check() error })
	if !ok || m.reopening || m.importing {
		return nil
	}
	return func() tea.Msg {
		if err := c.Check(); err != nil {
			return indexLookMsg{err: err}
		}
		return nil
	}
}

// notRedone says what met the damage and will not be answered, the
// reopening having failed.
func (m *Model) notRedone() string {
	r := m.redo
	m.redo = afterReopen{}
	var what []string
	if r.export {
		what = append(what, "nothing was exported")
	}
	if r.copying() {
		what = append(what, "nothing was copied")
	}
	if len(what) == 0 {
		return ""
	}
	return " (" + strings.Join(what, ", ") + ")"
}

// rebuiltFirst is what an export's outcome begins with: for the export
// made again after a reopening, first that the index was rebuilt (the
// status line is cut to the screen's width, and the pack's path is long).
func (m *Model) rebuiltFirst(run *ExportRun, exported string) string {
	if run == nil || run != m.redoing {
		return exported
	}
	if m.libraryRefreshed {
		return libraryChangedWords + " and the index was opened again first; e" + strings.TrimPrefix(exported, "E")
	}
	if m.refreshed {
		return replacedWords + " and reopened first; e" + strings.TrimPrefix(exported, "E")
	}
	return "The index was changed on disk while open and rebuilt first; e" + strings.TrimPrefix(exported, "E")
}
