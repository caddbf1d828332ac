package tui

import tea "charm.land/bubbletea/v2"

// libraryLookMsg is a look at the library's sources folder
// (Options.LibraryStamp); opened says the look was taken as the index
// was opened, which it stands for.
type libraryLookMsg struct {
	stamp  string
	opened bool
}

// libraryWords is what the status line says of a library changed outside
// the explorer.
const libraryWords = "The library was changed outside the explorer (a source added, removed or renamed)"

// lookAtLibrary looks at the library's sources folder, at each look at
// the basket file (twice a second) and as the index is opened. Before
// (hostile check 69 F3), a report added or removed in another terminal
// was unseen until some other cypx rebuilt the cache: the explorer cited
// a story alone whose report 'cypx cite' then cited as its primary.
func (m *Model) lookAtLibrary(opened bool) tea.Cmd {
	stamp := m.opts.LibraryStamp
	if stamp == nil || !opened && (m.reopening || m.importing) {
		return nil
	}
	return func() tea.Msg { return libraryLookMsg{stamp: stamp(), opened: opened} }
}

// applyLibraryLook takes a look at the library: the first, or the one taken
// as the index was opened, is what the index holds; a later one that
// differs opens the index again as the cache finds the library (Refresh),
// which brings it up to date with the sources added or removed.
func (m *Model) applyLibraryLook(msg libraryLookMsg) tea.Cmd {
	if msg.opened || m.libStamp == "" {
		m.libStamp = msg.stamp
		return nil
	}
	if msg.stamp == m.libStamp || m.reopening || m.importing || m.opts.Refresh == nil {
		return nil
	}
	m.libStamp = msg.stamp
	m.status.Warning(libraryWords + ": reopening the index…" + m.redo.follows())
	hold := m.holdStatus()
	m.reopening, m.refreshing, m.libChanged = true, true, true
	refresh := m.opts.Refresh
	return tea.Batch(hold, func() tea.Msg { return refresh() })
}
