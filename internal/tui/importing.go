package tui

import (
	"path/filepath"

	"charm.land/bubbles/v2/filepicker"
	tea "charm.land/bubbletea/v2"
)

// ImportResult is what importing a file gave: a summary for the status
// line and the re-opened index's totals.
type ImportResult struct {
	Summary string
	Ready   IndexReadyMsg
}

// importedMsg reports an import.
type importedMsg struct {
	res ImportResult
	err error
}

// importTypes are the files the picker offers.
var importTypes = []string{".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}

// openImport opens the file picker in the start folder.
func (m *Model) openImport() tea.Cmd {
	if m.opts.Import == nil {
		m.status.Error("Importing is not available here: use 'cypx add FILE'")
		return nil
	}
	fp := filepicker.New()
	fp.AllowedTypes = importTypes
	dir := m.opts.ImportDir
	if dir == "" {
		dir = "."
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	fp.CurrentDirectory = dir
	fp.SetHeight(max(3, m.bodyHeight()-6))
	m.filepicker = fp
	m.setState(m.screen, overlayImport, m.focus)
	return fp.Init()
}

// updateImport routes keys and the picker's own messages while it is open.
func (m Model) updateImport(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "ctrl+c" {
		m.quitting = true
		return m, tea.Quit
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && (k.String() == "esc" || k.String() == "q") {
		m.setState(m.screen, overlayNone, m.focus)
		return m, nil
	}
	var cmd tea.Cmd
	m.filepicker, cmd = m.filepicker.Update(msg)
	if ok, path := m.filepicker.DidSelectFile(msg); ok {
		m.setState(m.screen, overlayNone, m.focus)
		m.status.Info("Importing " + filepath.Base(path) + "…")
		imp := m.opts.Import
		return m, func() tea.Msg {
			res, err := imp(path)
			return importedMsg{res: res, err: err}
		}
	}
	if ok, path := m.filepicker.DidSelectDisabledFile(msg); ok {
		m.status.Error(filepath.Base(path) + ": cypx imports .txt, .md, .html and .pdf files")
	}
	return m, cmd
}

func (m *Model) applyImported(msg importedMsg) tea.Cmd {
	if msg.err != nil {
		m.status.Error("Not imported: " + msg.err.Error())
		return nil
	}
	cmd := m.applyIndexReady(msg.res.Ready)
	m.status.Info(msg.res.Summary)
	return cmd
}
