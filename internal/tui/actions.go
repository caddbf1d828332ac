package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/resolve"
	"github.com/cypx/cypx/internal/tui/styles"
)

// component is a screen that takes the body in place of the list — the
// linked view, the basket, the chart, the map — or is drawn over it as an
// overlay. It owns its state. The root gives it the messages meant for it
// and carries out the action it returns (after charmbracelet/crush's
// dialogs: handle a message, return an action; draw).
type component interface {
	// update handles a message and returns what the root should do.
	// handled is false for a message the screen does not take: the root
	// handles it as if the screen were not there, so nothing is dropped.
	update(msg tea.Msg) (act action, handled bool)
	// setSize gives the screen its size, inside the body's border; what a
	// drawing needs (scroll offsets, how much fits) is worked out here and
	// when the state changes, never while drawing.
	setSize(width, height int)
	// view draws the screen at its size. It writes nothing.
	view(st styles.Styles) string
	// help lists the screen's keys in groups: the first group is the help
	// bar, all of them the help screen.
	help() [][]key.Binding
}

// action is what a screen asks of the root after handling a message.
type action any

// The actions screens return.
type (
	// closeScreen goes back to the list.
	closeScreen struct{}
	// runCmd runs a command of the screen's own.
	runCmd struct{ cmd tea.Cmd }
	// copyResolvedItem copies a resolved item in a style.
	copyResolvedItem struct {
		res   resolve.Resolved
		style evidence.Format
	}
	// copyItem resolves an item and copies it in a style.
	copyItem struct {
		it    evidence.Item
		style evidence.Format
	}
	// sayInfo and sayError show a message in the status line.
	sayInfo  struct{ text string }
	sayError struct{ text string }
)

// do carries out what a screen or an overlay asked for.
func (m *Model) do(act action) tea.Cmd {
	switch a := act.(type) {
	case runCmd:
		return a.cmd
	case closeScreen:
		m.closeScreen()
	case closeOnItem:
		m.setState(screenBrowse, focusList)
		return m.selectInList(a.id, a.label)
	case closeOverlay:
		m.pop()
	case copyResolvedItem:
		if !a.res.Missing {
			// With its links, as every copy (resolveFor): the basket's c
			// warned of no disagreement the list had not looked for.
			return m.resolveFor(forCopy, a.style, a.res.Item)
		}
		// In the style configured now, as every other copy: the linked
		// view's c copied in the style last read elsewhere.
		m.readStyle()
		return m.copyResolved(a.res, a.style)
	case copyItem:
		return m.resolveFor(forCopy, a.style, a.it)
	case copyTable:
		return m.copyText(a.text, a.what)
	case copyFigures:
		return m.checkFigures(a)
	case sayInfo:
		m.status.Info(a.text)
	case sayError:
		m.status.Error(a.text)
	case requestLinks:
		return m.requestLinked(a.it)
	case changeBasket:
		return m.basketCmd(a.op)
	case undoBasket:
		return m.undoRemoval()
	case wantRows:
		return m.basketRowsCmd()
	case copyPackAction:
		return m.copyPack(a.group)
	case exportPackAction:
		return m.askExport(a.group)
	case confirmExport:
		m.pop()
		return m.exportCmd(a.group)
	case cancelExport:
		m.pop()
		m.status.Info(exportNotWritten)
	case regroupMap:
		return m.openMap(a.by)
	case filterCell:
		return m.applyFilterCell(a)
	case applyThemes:
		m.pop()
		m.facets.SetThemes(a.ids)
		m.setState(m.screen, focusList)
		return m.newSearch()
	case chooseCopy:
		m.pop()
		return m.copyResolved(a.res, copyStyles[a.index])
	case guessFile:
		m.pop()
		return m.guessCmd(a.path)
	case importFile:
		m.pop()
		return m.importCmd(a.path, a.fields)
	case pickEntry:
		m.pop()
		m.applyEntry(a.e)
		m.hist.recall = -1
		focus := m.setState(screenBrowse, focusSearch)
		return tea.Batch(focus, m.newSearch(), m.settle())
	case saveSearch:
		return m.saveCmd(a.name)
	}
	return nil
}

// push puts an overlay on top, sized. A message that goes by itself is
// cleared first: what the overlay asks is what is read now. Before, a
// stale "Export cancelled: nothing was written" stood under the next
// export question, and at 40x10 a copy's preview wrapped over the rows
// the C menu was drawn in, hiding the menu (hostile check 66).
func (m *Model) push(c component) {
	if m.status.Expires() {
		m.status.Clear()
	}
	before := m.headerLines()
	m.stack = append(m.stack, c)
	c.setSize(m.width, m.bodyHeight())
	m.relayoutFrom(before)
}

// pop closes the overlay on top.
func (m *Model) pop() {
	before := m.headerLines()
	if n := len(m.stack); n > 0 {
		m.stack = m.stack[:n-1]
	}
	m.relayoutFrom(before)
}

// relayoutFrom sizes the components again when the header's height
// changed from before: on a short screen the facet rows come and go with
// the screen and the overlays (see facetRows).
func (m *Model) relayoutFrom(before int) {
	if m.width > 0 && m.headerLines() != before {
		m.layout()
	}
}
