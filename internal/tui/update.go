package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/tui/menu"
	"github.com/cypx/cypx/internal/tui/picker"
	"github.com/cypx/cypx/internal/tui/status"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Update routes a message: sizes and colours to the layout, keys to the
// overlay or focused component first, search results to the list; then, if
// the selection changed, it asks for the new item's links.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.update(msg)
	return next.(Model).afterUpdate(cmd)
}

func (m Model) update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if key.Matches(k, m.keys.ForceQuit) {
			m.quitting = true
			return m, tea.Quit
		}
		// A warning or an error stays until the next key: it has been read.
		m.status.KeyPressed()
	}
	// The overlay on top takes what it handles; the rest comes on here.
	var fromOverlay tea.Cmd
	if n := len(m.stack); n > 0 {
		act, handled := m.stack[n-1].update(msg)
		fromOverlay = m.do(act)
		if handled {
			return m, fromOverlay
		}
	}
	next, cmd := m.route(msg)
	return next, tea.Batch(fromOverlay, cmd)
}

// route handles a message no overlay took.
func (m Model) route(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case status.ExpiredMsg:
		m.status.Expire(msg.Seq)
		return m, nil
	case guessedMsg:
		return m, m.applyGuessed(msg)
	case importedMsg:
		return m, m.applyImported(msg)
	case linksMsg:
		m.applyLinks(msg)
		return m, nil
	case chartMsg:
		m.applyChart(msg)
		return m, nil
	case mapMsg:
		m.applyMap(msg)
		return m, nil
	case basketMsg:
		return m, m.applyBasket(msg)
	case basketTickMsg:
		return m, tea.Batch(m.basketCmd(basketOp{kind: opReload, stamp: m.bk.stamp}), m.watchBasket())
	case exportedMsg:
		if msg.err != nil {
			m.status.Error("Export failed: " + msg.err.Error())
		} else {
			m.status.Info("Exported the briefing pack to " + msg.where)
		}
		return m, nil
	case IndexProgressMsg:
		return m, m.applyIndexProgress(msg)
	case IndexReadyMsg:
		return m, m.applyIndexReady(msg)
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case tea.BackgroundColorMsg:
		dark := msg.IsDark()
		m.styles = styles.New(dark)
		m.search.SetStyles(m.styles)
		m.help.Styles = helpStyles(dark)
		return m, nil
	case searchResultMsg:
		return m, m.applyResult(msg)
	case facetsMsg:
		m.applyFacets(msg)
		return m, nil
	case moreMsg:
		if msg.seq == m.searchSeq {
			m.loadingMore = false
			if msg.err == nil {
				m.results.Append(msg.res.Hits)
			}
		}
		return m, nil
	case picker.AppliedMsg:
		m.facets.SetThemes(msg.Selected)
		m.setState(m.screen, overlayNone, focusList)
		return m, m.newSearch()
	case picker.CancelledMsg, menu.ClosedMsg:
		m.setState(m.screen, overlayNone, m.focus)
		return m, nil
	case menu.ChosenMsg:
		m.setState(m.screen, overlayNone, m.focus)
		return m, m.copyResolved(m.menuItem, copyStyles[msg.Index])
	case resolvedMsg:
		return m, m.applyResolved(msg)
	case copiedPackMsg:
		return m, m.applyCopiedPack(msg)
	case tea.KeyPressMsg:
		return m.updateKey(msg)
	case tea.PasteMsg:
		if m.focus == focusSearch && m.overlay == overlayNone {
			return m.updateSearchBox(msg)
		}
		return m, nil
	case tea.MouseWheelMsg:
		m = m.updateWheel(msg)
		return m, m.wheelMore()
	case tea.MouseClickMsg:
		return m.updateClick(msg), nil
	}
	if m.focus == focusSearch {
		var cmd tea.Cmd
		m.search, cmd, _ = m.search.Update(msg) // cursor blink
		return m, cmd
	}
	return m, nil
}

func (m Model) updateKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(k, m.keys.ForceQuit) {
		m.quitting = true
		return m, tea.Quit
	}
	var cmd tea.Cmd
	switch m.overlay {
	case overlayPicker:
		m.picker, cmd = m.picker.Update(k)
		return m, cmd
	case overlayCopyMenu:
		m.menu, cmd = m.menu.Update(k)
		return m, cmd
	}
	// Keys every screen shares, anywhere but in the search box, where they
	// are typed.
	if m.focus != focusSearch {
		switch {
		case key.Matches(k, m.keys.Quit):
			m.quitting = true
			return m, tea.Quit
		case key.Matches(k, m.keys.Help):
			title, groups := m.helpContext()
			m.push(newHelpView(m.keys, title, groups))
			return m, nil
		}
	}
	if m.screen == screenLinked {
		return m.updateLinkedKey(k)
	}
	if m.screen == screenBasket {
		act, _ := m.basketView.update(k)
		return m, m.do(act)
	}
	if m.screen == screenChart {
		act, _ := m.chartView.update(k)
		return m, m.do(act)
	}
	if m.screen == screenMap {
		act, _ := m.mapView.update(k)
		return m, m.do(act)
	}
	if m.focus == focusSearch {
		switch k.String() {
		case "enter", "esc", "down", "tab":
			// Leave the box for the results; the query stays.
			m.setState(screenBrowse, overlayNone, focusList)
			return m, nil
		}
		return m.updateSearchBox(k)
	}
	return m.updateBrowseKey(k)
}

// updateSearchBox gives a key or paste to the search box and searches when
// the query changed.
func (m Model) updateSearchBox(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	var changed bool
	m.search, cmd, changed = m.search.Update(msg)
	if changed {
		return m, tea.Batch(cmd, m.newSearch())
	}
	return m, cmd
}

func (m Model) updateBrowseKey(k tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	km := m.keys
	switch {
	case key.Matches(k, km.Search):
		return m, m.setState(screenBrowse, overlayNone, focusSearch)
	case key.Matches(k, km.Themes):
		m.picker = picker.New(m.pickerOptions(), m.facets.SelectedThemes())
		m.setState(m.screen, overlayPicker, m.focus)
	case key.Matches(k, km.AllKinds, km.Statistics, km.Recommendations, km.Excerpts):
		kinds := map[string]evidence.Kind{"1": "", "2": evidence.Statistic, "3": evidence.Recommendation, "4": evidence.Excerpt}
		m.facets.SetKind(kinds[k.String()])
		return m, m.newSearch()
	case key.Matches(k, km.Copy):
		return m, m.copySelected(evidence.StylePlain)
	case key.Matches(k, km.Linked):
		return m, m.openLinked()
	case key.Matches(k, km.Mark):
		return m, m.toggleMark()
	case key.Matches(k, km.Basket):
		m.setState(screenBasket, overlayNone, focusList)
		// Shown as the file is now: another process may have changed it.
		return m, m.basketCmd(basketOp{kind: opLoad})
	case key.Matches(k, km.Export):
		return m, m.exportCmd(m.basketView.group)
	case key.Matches(k, km.Chart):
		return m, m.openChart()
	case key.Matches(k, km.Add):
		return m, m.openImport()
	case key.Matches(k, km.Map):
		return m, m.openMap(m.mapView.evm.By())
	case key.Matches(k, km.Pin):
		return m, m.togglePin()
	case key.Matches(k, km.CopyAs):
		if h, ok := m.results.Selected(); ok {
			return m, m.resolveFor(forCopyMenu, "", h.Item)
		}
	case key.Matches(k, km.Back):
		return m.back()
	case k.String() == "enter" && m.focus == focusList && !m.wide():
		if _, ok := m.results.Selected(); ok {
			m.setState(screenDetail, overlayNone, focusDetail)
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

// back steps back one level: detail → list, a search or filter → everything.
func (m Model) back() (tea.Model, tea.Cmd) {
	switch {
	case m.screen == screenDetail:
		m.setState(screenBrowse, overlayNone, focusList)
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
		switch {
		case key.Matches(k, km.Up):
			m.detail.Scroll(m.styles, -1)
		case key.Matches(k, km.Down):
			m.detail.Scroll(m.styles, 1)
		case key.Matches(k, km.PageUp):
			m.detail.Scroll(m.styles, -page)
		case key.Matches(k, km.PageDown):
			m.detail.Scroll(m.styles, page)
		case key.Matches(k, km.Top):
			m.detail.Scroll(m.styles, -1<<20)
		case key.Matches(k, km.End):
			m.detail.Scroll(m.styles, 1<<20)
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
	default:
		return
	}
	m.syncDetail()
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
	if m.overlay != overlayNone {
		return m
	}
	if m.screen == screenDetail || (m.wide() && mouse.X >= m.listWidth()) {
		m.detail.Scroll(m.styles, 3*delta)
		return m
	}
	m.results.Scroll(delta)
	m.syncDetail()
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
	if m.overlay != overlayNone || m.screen != screenBrowse || mouse.Button != tea.MouseLeft {
		return m
	}
	top := m.headerLines() + 1 // the pane's top border
	if m.wide() && mouse.X >= m.listWidth() {
		return m
	}
	if m.results.SelectAt(mouse.Y - top) {
		m.setState(screenBrowse, overlayNone, focusList)
		m.syncDetail()
	}
	return m
}

// copySelected copies the selected item, resolved, in a style.
func (m *Model) copySelected(style evidence.Style) tea.Cmd {
	h, ok := m.results.Selected()
	if !ok {
		m.status.Error("Nothing selected to copy")
		return nil
	}
	return m.resolveFor(forCopy, style, h.Item)
}

func (m Model) pickerOptions() []picker.Option {
	var opts []picker.Option
	for _, t := range m.facets.Themes() {
		opts = append(opts, picker.Option{ID: t.ID, Label: t.Label, Count: m.facets.ThemeCount(t.ID)})
	}
	return opts
}
