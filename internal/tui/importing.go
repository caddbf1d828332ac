package tui

import (
	"path/filepath"

	"charm.land/bubbles/v2/filepicker"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
)

// ImportFields are a report's metadata as the import form shows them:
// guessed from the file, then corrected and completed by the user.
type ImportFields struct {
	Title, Publisher, Date, Type string
	// Format is the file's format ("pdf", "html", "markdown" or "text").
	Format string
	// Guessed names what was taken from the file rather than typed.
	Guessed []string
}

// Importer adds reports to the library from the explorer.
type Importer struct {
	// Guess reads a file and says what it could tell of its metadata. It
	// writes nothing.
	Guess func(path string) (ImportFields, error)
	// Import adds the file to the library with the fields as confirmed and
	// re-opens the index with it.
	Import func(path string, f ImportFields) (ImportResult, error)
	// Dir is where the file picker starts.
	Dir string
}

// ImportResult is what importing a file gave: a summary for the status
// line and the re-opened index's totals.
type ImportResult struct {
	Summary string
	Ready   IndexReadyMsg
}

// The import's messages: a file read for its metadata, and a file imported.
type (
	guessedMsg struct {
		path   string
		fields ImportFields
		err    error
	}
	importedMsg struct {
		res ImportResult
		err error
	}
)

// The import's actions.
type (
	// guessFile reads a chosen file for the form.
	guessFile struct{ path string }
	// importFile imports a file with the fields the user confirmed.
	importFile struct {
		path   string
		fields ImportFields
	}
	// closeOverlay closes the overlay on top.
	closeOverlay struct{}
)

// importTypes are the files the picker offers.
var importTypes = []string{".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}

// filePicker is the first step of adding a report: choosing the file.
// Choosing writes nothing; the form that follows asks.
type filePicker struct {
	keys   keys.KeyMap
	fp     filepicker.Model
	width  int
	height int
}

func newFilePicker(km keys.KeyMap, dir string) *filePicker {
	fp := filepicker.New()
	fp.AllowedTypes = importTypes
	if dir == "" {
		dir = "."
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	fp.CurrentDirectory = dir
	return &filePicker{keys: km, fp: fp}
}

func (p *filePicker) init() tea.Cmd { return p.fp.Init() }

func (p *filePicker) setSize(width, height int) {
	p.width, p.height = width, height
	p.fp.SetHeight(max(3, height-6))
}

// update gives keys to the picker. Every other message goes to it too (its
// directory listings) and back to the root: a page load or an export
// finishing while the picker is open is not lost.
func (p *filePicker) update(msg tea.Msg) (action, bool) {
	k, isKey := msg.(tea.KeyPressMsg)
	if isKey && key.Matches(k, p.keys.Back, p.keys.Quit) {
		return closeOverlay{}, true
	}
	var cmd tea.Cmd
	p.fp, cmd = p.fp.Update(msg)
	if ok, path := p.fp.DidSelectFile(msg); ok {
		return guessFile{path}, true
	}
	if ok, path := p.fp.DidSelectDisabledFile(msg); ok {
		return sayError{filepath.Base(path) + ": cypx imports .txt, .md, .html and .pdf files"}, true
	}
	if !isKey {
		return runCmd{cmd}, false
	}
	return runCmd{cmd}, true
}

func (p *filePicker) view(st styles.Styles) string {
	return st.Overlay.Width(min(p.width, 80)).Render(st.OverlayTitle.Render("Add a report to your library") +
		st.Muted.Render("  .txt .md .html .pdf · enter opens a folder or reads a file · ← up · esc closes") + "\n" +
		st.Muted.Render(p.fp.CurrentDirectory) + "\n\n" + p.fp.View())
}

func (p *filePicker) help() [][]key.Binding {
	fk := p.fp.KeyMap
	return [][]key.Binding{{fk.Up, fk.Down, fk.Open, fk.Back, p.keys.Back}, {fk.GoToTop, fk.GoToLast, fk.PageUp, fk.PageDown}}
}

// openImport opens the file picker over the screen.
func (m *Model) openImport() tea.Cmd {
	if m.opts.Importer == nil {
		m.status.Error("Importing is not available here: use 'cypx add FILE'")
		return nil
	}
	p := newFilePicker(m.keys, m.opts.Importer.Dir)
	m.push(p)
	return p.init()
}

// guessCmd reads a chosen file for the form, off the update loop.
func (m *Model) guessCmd(path string) tea.Cmd {
	m.status.Info("Reading " + filepath.Base(path) + "…")
	guess := m.opts.Importer.Guess
	return func() tea.Msg {
		f, err := guess(path)
		return guessedMsg{path: path, fields: f, err: err}
	}
}

// applyGuessed opens the form on what the file said of itself.
func (m *Model) applyGuessed(msg guessedMsg) tea.Cmd {
	if msg.err != nil {
		m.status.Error("Cannot import: " + msg.err.Error())
		return nil
	}
	m.status.Clear()
	m.push(newImportForm(m.keys, m.styles, msg.path, msg.fields))
	return nil
}

// importCmd imports a file with the confirmed fields, off the update loop.
func (m *Model) importCmd(path string, f ImportFields) tea.Cmd {
	m.status.Info("Importing " + filepath.Base(path) + "…")
	imp := m.opts.Importer.Import
	return func() tea.Msg {
		res, err := imp(path, f)
		return importedMsg{res: res, err: err}
	}
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
