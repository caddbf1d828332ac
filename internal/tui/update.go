package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/tui/picker"
	"github.com/cypx/cypx/internal/tui/status"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Update routes a message: to the overlay on top first, which passes back
// what it does not handle; keys then to the screen shown or the focused
// part of the list; replies from commands to what asked for them. Then the
// selection follows the list.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	after, cmd := next.(Model).afterUpdate(cmd)
	if !quiet(msg) {
		after.(Model).frame.stale()
	}
	return after, cmd
}

// quiet says a message changes nothing on screen: the basket's look at
// its file twice a second, and a look that found the file as it was. The
// screen drawn before it is drawn again as it is; drawing it afresh took
// 29% of a core at 2000x500 with nothing happening.
func quiet(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case basketTickMsg:
		return true
	case styleMsg:
		return msg.same
	case basketMsg:
		return msg.unchanged && msg.err == nil
	}
	return false
}

func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if key.Matches(k, m.keys.ForceQuit) {
			m.quitting = true
			return m, m.quit()
		}
		// A warning or an error stays until the next key: it has been read.
		m.status.KeyPressed()
	}
	if m.width > 0 && m.tooSmall() {
		if cmd, input := m.inputTooSmall(msg); input {
			return m, cmd
		}
	}
	var fromOverlay tea.Cmd
	if n := len(m.stack); n > 0 {
		act, handled := m.stack[n-1].update(msg)
		fromOverlay = m.do(act)
		if handled {
			return m, fromOverlay
		}
	}
	next, cmd := m.route(msg)
	after := next.(Model)
	reopen := after.afterDamage(msg)
	return after, tea.Batch(fromOverlay, cmd, reopen)
}

// inputTooSmall takes what the user does while the screen says only that
// it is too small, and says whether msg was such input: q quits, whatever
// had the focus, and every other key, paste or click is dropped, since it
// would act on what cannot be seen (d removed a basket item, e exported,
// letters went into the search box unseen, and q with them). Replies from
// commands go on as ever.
func (m *Model) inputTooSmall(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.Quit) {
			m.quitting = true
			return m.quit(), true
		}
		return nil, true
	case tea.PasteMsg, tea.MouseMsg:
		return nil, true
	}
	return nil, false
}

// route handles a message no overlay took.
func (m Model) route(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m.updateKey(msg)
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.fitScreen()
		m.layout()
	case tea.BackgroundColorMsg:
		dark := msg.IsDark()
		m.styles = styles.New(dark)
		m.search.SetStyles(m.styles)
		m.help.Styles = helpStyles(dark)
	case WarningMsg:
		m.status.Warning(msg.Text)
	case status.ExpiredMsg:
		m.status.Expire(msg.Seq)
	case status.ReleasedMsg:
		m.status.Release(msg.Seq)
	case searchResultMsg:
		return m, m.applyResult(msg)
	case facetsMsg:
		m.applyFacets(msg)
	case moreMsg:
		return m, m.applyMore(msg)
	case linksMsg:
		m.applyLinks(msg)
	case figuresCheckedMsg:
		return m, m.applyFiguresChecked(msg)
	case resolvedMsg:
		return m, m.applyResolved(msg)
	case chartMsg:
		m.applyChart(msg)
	case mapMsg:
		m.applyMap(msg)
	case basketMsg:
		return m, m.applyBasket(msg)
	case basketRowsMsg:
		return m, m.applyBasketRows(msg)
	case basketTickMsg:
		return m, tea.Batch(m.basketCmd(basketOp{kind: opReload, stamp: m.bk.stamp}), m.styleCmd(), m.lookAtIndex(), m.lookAtLibrary(), m.watchBasket())
	case styleMsg:
		if !msg.same {
			m.cite.style = msg.style
		}
	case copiedPackMsg:
		return m, m.applyCopiedPack(msg)
	case copiedMsg:
		m.applyCopied(msg)
	case exportedMsg:
		if msg.run != nil && msg.run == m.export {
			m.exporting, m.export = false, nil
		} else if msg.run == nil && !msg.copying {
			m.exporting = false
		}
		if m.willReopen(msg.err) {
			// The index was damaged under the export: it is reopened
			// (afterDamage) and the export, or the copy, made again
			// then. Before, each e read the damaged index again and
			// failed, and nothing reopened it until a search.
			if msg.copying {
				m.redo.copy = true
			} else {
				m.redo.export = true
			}
			m.redo.group = msg.group
		} else if msg.err != nil && msg.copying {
			m.status.Error("Copy failed: " + msg.err.Error())
		} else if msg.err != nil {
			m.status.Error("Export failed: " + msg.err.Error())
		} else if msg.nothing != "" {
			m.status.Error(msg.nothing)
		} else if msg.missing > 0 || msg.bad > 0 {
			said := m.rebuiltFirst(msg.run, "Exported the briefing pack to ") + msg.where
			if msg.missing > 0 {
				said += leftOut(msg.missing, ", ") + " (b lists them)"
			}
			if msg.bad > 0 {
				said += "; " + badLeftOut(msg.bad)
			}
			m.status.Warning(said)
		} else if msg.run != nil && msg.run == m.redoing {
			m.status.Warning(m.rebuiltFirst(msg.run, "Exported the briefing pack to ") + msg.where)
		} else {
			m.status.Info("Exported the briefing pack to " + fittedWhere("Exported the briefing pack to ", msg.where, m.width))
		}
		if msg.run != nil && msg.run == m.redoing {
			m.redoing = nil
		}
	case historyMsg:
		m.applyHistory(msg)
	case savedMsg:
		m.applySaved(msg)
	case savedRunMsg:
		m.applySavedRun(msg)
	case guessedMsg:
		return m, m.applyGuessed(msg)
	case importedMsg:
		return m, m.applyImported(msg)
	case IndexReadingMsg:
		m.applyIndexReading(msg)
		return m, nil
	case IndexProgressMsg:
		return m, m.applyIndexProgress(msg)
	case IndexReadyMsg:
		return m, m.applyIndexReady(msg)
	case tea.PasteMsg:
		if m.focus == focusSearch && m.screen == screenBrowse {
			return m.updateSearchBox(msg)
		}
	case tea.MouseWheelMsg:
		m = m.updateWheel(msg)
		return m, m.wheelMore()
	case tea.MouseClickMsg:
		return m.updateClick(msg), nil
	default:
		if m.focus == focusSearch {
			var cmd tea.Cmd
			m.search, cmd, _ = m.search.Update(msg) // the input's own messages
			return m, cmd
		}
	}
	return m, nil
}

func (m Model) updateKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	// Keys every screen shares, anywhere but in the search box, where they
	// are typed.
	if m.focus != focusSearch {
		switch {
		case key.Matches(k, m.keys.Quit):
			m.quitting = true
			return m, m.quit()
		case key.Matches(k, m.keys.Help):
			title, groups := m.helpContext()
			m.push(newHelpView(m.keys, title, groups))
			return m, nil
		}
	}
	if c := m.current(); c != nil {
		act, _ := c.update(k)
		return m, m.do(act)
	}
	if m.focus == focusSearch {
		return m.updateSearchKey(k)
	}
	// Acting on a result settles the search: it goes into the history.
	km := m.keys
	var settled tea.Cmd
	if key.Matches(k, km.Copy, km.CopyAs, km.Linked, km.Mark, km.Pin, km.Figures) || (key.Matches(k, km.Submit) && m.focus == focusList && !m.wide()) {
		settled = m.settle()
	}
	next, cmd := m.updateBrowseKey(k)
	return next, tea.Batch(settled, cmd)
}

// updateSearchKey handles a key in the search box: the box's own keys,
// then typing.
func (m Model) updateSearchKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	km := m.keys
	switch {
	case key.Matches(k, km.Accept):
		return m, m.acceptSuggestion()
	case key.Matches(k, km.HistorySearch):
		return m, m.openHistorySearch()
	case key.Matches(k, km.Recall):
		delta := -1
		if key.Matches(k, km.Up) {
			delta = 1
		}
		if cmd, ok := m.recall(delta); ok {
			return m, cmd
		}
		if delta > 0 {
			return m, nil
		}
		fallthrough // ↓ with nothing recalled leaves the box, as it did
	case key.Matches(k, km.Leave()):
		// Leave the box for the results; the query stays, settled.
		m.setState(screenBrowse, focusList)
		cmd := m.settle()
		m.settleProblem()
		return m, cmd
	}
	return m.updateSearchBox(k)
}

// updateSearchBox gives a key or paste to the search box and searches when
// the query changed.
func (m Model) updateSearchBox(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	var changed bool
	m.search, cmd, changed = m.search.Update(msg)
	if changed {
		m.hist.recall = -1 // typed over: ↑ starts again from the newest
		search := m.newSearch()
		return m, tea.Batch(cmd, search)
	}
	return m, cmd
}

func (m Model) updateBrowseKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	km := m.keys
	switch {
	case key.Matches(k, km.Search):
		return m, m.setState(screenBrowse, focusSearch)
	case key.Matches(k, km.Themes):
		m.push(&themePicker{keys: km, p: picker.New(m.pickerOptions(), m.facets.SelectedThemes())})
	case key.Matches(k, km.AllKinds, km.Statistics, km.Recommendations, km.Excerpts):
		kinds := map[string]evidence.Kind{"1": "", "2": evidence.Statistic, "3": evidence.Recommendation, "4": evidence.Excerpt}
		m.facets.SetKind(kinds[k.String()])
		return m, m.newSearch()
	case key.Matches(k, km.Copy):
		return m, m.copySelected(evidence.FormatPlain)
	case key.Matches(k, km.CopyAs):
		if m.sel.ok {
			return m, m.resolveFor(forCopyMenu, "", m.sel.hit.Item)
		}
	case key.Matches(k, km.Linked):
		return m, m.openLinked()
	case key.Matches(k, km.Mark):
		return m, m.toggleMark()
	case key.Matches(k, km.Pin):
		return m, m.togglePin()
	case key.Matches(k, km.Basket):
		m.setState(screenBasket, focusList)
		// Shown as the file is now: another process may have changed it.
		return m, m.basketCmd(basketOp{kind: opLoad})
	case key.Matches(k, km.Export):
		return m, m.askExport(m.basketView.group)
	case key.Matches(k, km.Chart):
		return m, m.openChart()
	case key.Matches(k, km.Figures):
		return m, m.openFigures()
	case key.Matches(k, km.Map):
		return m, m.openMap(m.mapView.evm.By())
	case key.Matches(k, km.Add):
		return m, m.openImport()
	case key.Matches(k, km.Accept):
		return m, m.acceptSuggestion()
	case key.Matches(k, km.HistorySearch):
		return m, m.openHistorySearch()
	case key.Matches(k, km.Save):
		return m, m.openSaveForm()
	case key.Matches(k, km.Back):
		return m.back()
	case key.Matches(k, km.Submit) && m.focus == focusList && !m.wide():
		if m.sel.ok {
			m.setState(screenDetail, focusDetail)
		}
	case key.Matches(k, km.SwitchPane) && m.wide():
		if m.focus == focusList {
			m.focus = focusDetail
		} else {
			m.focus = focusList
		}
	default:
		m.move(k)
		if m.focus == focusList && m.results.NearEnd() {
			return m, m.moreCmd()
		}
	}
	return m, nil
}

// fitScreen keeps the detail the user reads on screen when the terminal
// is resized across 100 columns: narrowed with the detail pane focused,
// the detail is shown alone (the list alone was shown while the keys
// scrolled the detail unseen); widened on the detail alone, the list comes
// back beside it, the detail keeping the focus.
func (m *Model) fitScreen() {
	switch {
	case m.tooSmall():
	case !m.wide() && m.screen == screenBrowse && m.focus == focusDetail:
		m.setState(screenDetail, focusDetail)
	case m.wide() && m.screen == screenDetail:
		m.setState(screenBrowse, focusDetail)
	}
}

// back steps back one level: detail → list, a search or filter → everything.
func (m Model) back() (tea.Model, tea.Cmd) {
	switch {
	case m.screen == screenDetail:
		m.setState(screenBrowse, focusList)
	case m.focus == focusDetail:
		m.focus = focusList
	case m.search.Value() != "" || len(m.facets.SelectedThemes()) > 0 || m.facets.Kind() != "" || m.sourceFilter != nil || m.publisherFilter != nil:
		m.search.SetValue("")
		m.sourceFilter, m.publisherFilter, m.filterLabel = nil, nil, ""
		m.facets.SetThemes(nil)
		m.facets.SetKind("")
		m.layout()
		m.status.Info("Cleared the search and filters")
		return m, m.newSearch()
	}
	return m, nil
}

// move handles the movement keys for the list or the detail pane.
func (m *Model) move(k tea.KeyPressMsg) {
	km := m.keys
	if m.focus == focusDetail {
		page := max(1, m.bodyHeight()-2)
		deltas := []struct {
			b key.Binding
			n int
		}{{km.Up, -1}, {km.Down, 1}, {km.PageUp, -page}, {km.PageDown, page}, {km.Top, -1 << 20}, {km.End, 1 << 20}}
		for _, d := range deltas {
			if key.Matches(k, d.b) {
				m.detail.Scroll(m.styles, m.detailItem(), d.n)
			}
		}
		return
	}
	switch {
	case key.Matches(k, km.Up):
		m.results.Move(-1)
	case key.Matches(k, km.Down):
		m.results.Move(1)
	case key.Matches(k, km.PageUp):
		m.results.Move(-m.results.Page())
	case key.Matches(k, km.PageDown):
		m.results.Move(m.results.Page())
	case key.Matches(k, km.Top):
		m.results.Top()
	case key.Matches(k, km.End):
		m.results.End()
	}
}

// updateWheel scrolls whatever is under the mouse.
func (m Model) updateWheel(msg tea.MouseWheelMsg) Model {
	mouse := msg.Mouse()
	delta := 0
	switch mouse.Button {
	case tea.MouseWheelUp:
		delta = -1
	case tea.MouseWheelDown:
		delta = 1
	default:
		return m
	}
	if len(m.stack) > 0 || (m.screen != screenBrowse && m.screen != screenDetail) {
		return m
	}
	if m.screen == screenDetail || (m.wide() && mouse.X >= m.listWidth()) {
		m.detail.Scroll(m.styles, m.detailItem(), 3*delta)
		return m
	}
	m.results.Scroll(delta)
	return m
}

// wheelMore loads more items when the wheel reached the end of the list.
func (m *Model) wheelMore() tea.Cmd {
	if m.results.NearEnd() {
		return m.moreCmd()
	}
	return nil
}

// updateClick selects the clicked row.
func (m Model) updateClick(msg tea.MouseClickMsg) Model {
	mouse := msg.Mouse()
	if len(m.stack) > 0 || m.screen != screenBrowse || mouse.Button != tea.MouseLeft {
		return m
	}
	top := m.headerLines() + 1 // the pane's top border
	if m.wide() && mouse.X >= m.listWidth() {
		return m
	}
	if m.results.SelectAt(mouse.Y - top) {
		m.setState(screenBrowse, focusList)
	}
	return m
}

// copySelected copies the selected item, resolved, in a style.
func (m *Model) copySelected(style evidence.Format) tea.Cmd {
	if !m.sel.ok {
		m.status.Error("Nothing selected to copy")
		return nil
	}
	return m.resolveFor(forCopy, style, m.sel.hit.Item)
}

func (m Model) pickerOptions() []picker.Option {
	var opts []picker.Option
	for _, t := range m.facets.Themes() {
		opts = append(opts, picker.Option{ID: t.ID, Label: t.Label, Count: m.facets.ThemeCount(t.ID)})
	}
	return opts
}
