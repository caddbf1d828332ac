package tui

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"github.com/cypx/cypx/internal/library"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/filelist"
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
	// Warnings say what reading the file worked around (a text file not
	// in UTF-8, an e-mail's attachments left out).
	Warnings []string
	// Read is the file as it was read for the form, its size and a hash
	// of its bytes (fileStamp), set by the explorer: the fields confirmed
	// are that file's, and an import whose file is no longer it, changed
	// or gone before its turn, is refused (stampChanged).
	Read string
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
	// Warnings say what the import worked around (metadata cleaned, a
	// file not in UTF-8); the status line shows them as a warning.
	Warnings []string
	Ready    IndexReadyMsg
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

// importable reports whether the picker offers a file by its name: one
// of the importer's library.Extensions, in any case, as the import reads
// its extension ("REPORT.PDF" too). The picker lists these and folders
// only, and opens what it lists. Its own list left out .eml, which `cypx
// add` imports (hostile check 63).
func importable(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return slices.Contains(library.Extensions, ext)
}

// filePicker is the first step of adding a report: choosing the file.
// Choosing writes nothing; the form that follows asks. It lists folders
// and the files the import reads alone (importable), a picker of cypx's
// own (filelist): bubbles' picker listed every file, a .docx among them
// under a heading naming .txt .md .html .pdf (hostile check 61), and had
// no filter but by reaching into its unexported listing.
type filePicker struct {
	keys   keys.KeyMap
	list   filelist.Model
	width  int
	height int
}

func newFilePicker(km keys.KeyMap, dir string) *filePicker {
	list := filelist.New(km, dir, importable)
	list.Empty = "No folders or .txt, .md, .html or .pdf files here."
	return &filePicker{keys: km, list: list}
}

func (p *filePicker) init() tea.Cmd { return p.list.Init() }

func (p *filePicker) setSize(width, height int) {
	p.width, p.height = width, height
	p.list.SetHeight(max(3, height-6))
}

// update gives keys to the picker. Every other message goes to it too (its
// folder listings) and back to the root: a page load or an export
// finishing while the picker is open is not lost.
func (p *filePicker) update(msg tea.Msg) (action, bool) {
	_, isKey := msg.(tea.KeyPressMsg)
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, p.keys.Back, p.keys.Quit) {
		return closeOverlay{}, true
	}
	var cmd tea.Cmd
	var res filelist.Result
	p.list, res, cmd = p.list.Update(msg)
	switch {
	case res.Path != "":
		return guessFile{res.Path}, true
	case res.Problem != "":
		return sayError{res.Problem}, true
	}
	return runCmd{cmd}, isKey
}

func (p *filePicker) view(st styles.Styles) string {
	width := min(p.width, 80)
	// A row is cut to the overlay's inside with an ellipsis, after
	// escaping (what is cut is visible text, never a raw sequence): a 250-character file
	// name took four lines and pushed the others off the list.
	inner := max(1, width-st.Overlay.GetHorizontalFrameSize())
	rows, at := p.list.View(st, inner)
	// The heading is one line, cut to the inside: wrapped at 40 columns it
	// took five, and the list, sized for one, fell off a 10-row screen
	// while enter still opened the file under its hidden cursor.
	head := ansi.Truncate(st.OverlayTitle.Render("Add a report to your library")+
		st.Muted.Render("  "+strings.Join(library.Extensions, " ")+" · enter opens a folder or reads a file · ← up · esc closes"), inner, "…")
	// Where the room is short (40x10) the blank line, the folder and the
	// heading give way to the list, and the list to the rows around its
	// cursor: the box was five lines taller than the room, the status line
	// and help bar off the screen. The list keeps its height, so the box
	// does not jump from folder to folder.
	out := []ranked{{head, 3}, {st.Muted.Render(ansi.Truncate(evidence.ScreenLine(p.list.Dir()), inner, "…")), 2}, {"", 4}}
	for i, l := range rows {
		rank := 0
		if i == at {
			rank = -1
		}
		out = append(out, ranked{l, rank})
	}
	for range max(0, max(3, p.height-6)-len(rows)) {
		out = append(out, ranked{"", 5}) // the list's room below its last file
	}
	return st.Overlay.Width(width).Render(fitRoom(out, p.height-2))
}

func (p *filePicker) help() [][]key.Binding { return p.keys.ImportPickerKeys() }

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
		read, _ := fileStamp(path)
		f, err := guess(path)
		f.Read = read
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
// The import closes the index and opens it again: asked for while a
// reopening or another import runs, it waits its turn (startWaiting), and
// a reopening is not started while it runs (afterImport). Before (hostile
// check 51), the two could run at once. Every import asked for waits, in
// the order asked, and the status line counts them: before (issue 15),
// one asked for while another waited took its place, and the file it
// replaced was never imported, with nothing said.
func (m *Model) importCmd(path string, f ImportFields) tea.Cmd {
	if m.reopening || m.importing {
		if why := m.alreadyAsked(path); why != "" {
			// Refused now, not at its turn: before (hostile check 54),
			// the same file asked for twice failed only when its turn
			// came, long after, with the command line's advice.
			m.status.Error(filepath.Base(path) + " " + why + ": it is imported once" + m.importingNote())
			return nil
		}
		m.queued++
		// Clipped, so an earlier copy of the model keeps its own queue.
		m.waiting = append(slices.Clip(m.waiting), importFile{path: path, fields: f})
		if m.importing {
			// The line keeps the import that runs and names the one just
			// asked for as waiting behind it: before (hostile check 54),
			// it named the last asked as if it ran next, "once the index
			// is open again", and the running file's name was gone.
			line := "Importing " + m.importName + "… · " + filepath.Base(path) + " waits its turn"
			if n := len(m.waiting); n > 1 {
				line += " · " + strconv.Itoa(n) + " imports waiting"
			}
			m.status.Info(line)
			return nil
		}
		m.status.Info(m.queueLine())
		return nil
	}
	if m.queued == 0 {
		m.queued = 1 // a run of imports begins
	}
	m.importing, m.importName, m.importPath = true, filepath.Base(path), path
	m.status.Info(m.queueLine())
	imp := m.opts.Importer.Import
	return func() tea.Msg {
		if err := stampChanged(path, f.Read); err != nil {
			return importedMsg{err: err}
		}
		res, err := imp(path, f)
		return importedMsg{res: res, err: err}
	}
}

// fileStamp is a file's size and a SHA-256 of its bytes, what an import
// holds of the file its form was filled from.
func fileStamp(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", err
	}
	return strconv.FormatInt(n, 10) + ":" + hex.EncodeToString(h.Sum(nil)), nil
}

// stampChanged is why a file is not imported with the fields confirmed
// for it: it changed, or is gone, since it was read for the form (read,
// fileStamp; "" when it could not be read then, and the import says
// why). A queued import read its file when its turn came, so a file
// changed while it waited was stored under the title, publisher and date
// confirmed for what it held before (hostile check 56).
//
// It is said from the moment the file was chosen: the file is read for
// the form when chosen, so one changed while its form was still open was
// refused as "changed after you confirmed it", which it was not (hostile
// check 59). A file replaced by a folder is said so in the explorer's
// words, where the library's error gave the command line's ("give the
// files in it (cypx add …/*)").
func stampChanged(path, read string) error {
	if read == "" {
		return nil
	}
	name := filepath.Base(path)
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return changedError(name + " is now a folder")
	}
	now, err := fileStamp(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return changedError(name + " was moved or removed since you chose it")
	case err == nil && now != read:
		return changedError(name + " changed since you chose it")
	}
	return nil
}

// changedError is stampChanged's refusal, which names its file itself:
// the queue's outcome tells it as it is, not after the file's name.
type changedError string

func (e changedError) Error() string { return string(e) }

// alreadyAsked says why path is not queued again ("is being imported",
// "already waits its turn"), or "" when it is not running or waiting.
func (m *Model) alreadyAsked(path string) string {
	if m.importing && m.importPath == path {
		return "is being imported"
	}
	for _, w := range m.waiting {
		if w.path == path {
			return "already waits its turn"
		}
	}
	return ""
}

// runEnded is what the status line adds to the outcome of the last import
// of a run of several: which of them were not imported and why, so a
// failure in the middle of a queue is still read once the queue has
// ended. It ends the run; "" while imports still run or wait, or when
// every one was imported.
func (m *Model) runEnded() string {
	if m.importing || len(m.waiting) > 0 {
		return ""
	}
	n, failed := m.queued, slices.Clone(m.notImported)
	m.queued, m.notImported = 0, nil
	if n < 2 || len(failed) == 0 {
		return ""
	}
	// Shortest first, so that at a narrow width the line cut at its end
	// still names as many files as it can, each with its reason: at 120
	// columns a long first reason hid the others (hostile check 59).
	slices.SortStableFunc(failed, func(a, b string) int { return len(a) - len(b) })
	return " · " + strconv.Itoa(len(failed)) + " of " + strconv.Itoa(n) + " not imported: " + strings.Join(failed, "; ")
}

// waitingNote counts, for the status line, the imports waiting their
// turn when more than one does ("· 2 imports waiting") or one waits
// behind the import that runs; one waiting alone is named by the line
// itself.
func (m *Model) waitingNote() string {
	switch n := len(m.waiting); {
	case n == 0 || n == 1 && !m.importing:
		return ""
	case n == 1:
		return " · 1 import waiting"
	default:
		return " · " + strconv.Itoa(n) + " imports waiting"
	}
}

// WaitingImports are the files asked for in the explorer that wait their
// turn behind a running import or a reopening and have not started, in
// the order asked: the command tells the user of them when the explorer
// ends, so no file asked for is left unimported without a word.
func (m Model) WaitingImports() []string {
	paths := make([]string, len(m.waiting))
	for i, w := range m.waiting {
		paths[i] = w.path
	}
	return paths
}

// startWaiting starts the first import that waited for a reopening or
// another import to end.
func (m *Model) startWaiting() tea.Cmd {
	if len(m.waiting) == 0 || m.reopening || m.importing {
		return nil
	}
	w := m.waiting[0]
	m.waiting = m.waiting[1:]
	return m.importCmd(w.path, w.fields)
}

// importingNote is what the status line adds after an import's outcome
// while the next one asked for runs: " · Importing b.md…", with how many
// still wait.
func (m *Model) importingNote() string {
	if !m.importing {
		return ""
	}
	return " · " + m.queueLine()
}

// queueLine is the state of the imports while any runs or waits: the one
// that runs ("Importing alder.txt…"), or the first waiting for the index
// to open again, and how many wait; "" when none does. The status line
// shows it whenever no message is, so it stays as long as the queue
// runs (status.SetBusy).
func (m *Model) queueLine() string {
	switch {
	case m.importing:
		return "Importing " + m.importName + "…" + m.waitingNote()
	case len(m.waiting) > 0:
		return "Importing " + filepath.Base(m.waiting[0].path) + " once the index is open again…" + m.waitingNote()
	}
	return ""
}

func (m *Model) applyImported(msg importedMsg) tea.Cmd {
	met := m.importMet
	m.importing, m.importMet = false, nil
	if msg.err != nil {
		var reopen tea.Cmd
		if met != nil {
			// The index a reply found replaced or damaged during the
			// import was not opened again by it: it is now.
			reopen = m.afterDamage(indexLookMsg{err: met})
		}
		// The imports waiting start once the reopening has ended, or now
		// when there is none: before, they waited for a reopening that
		// never came.
		// A refusal naming the file is told as it is ("alder.txt
		// changed after you confirmed it: …"), others after its name.
		why := strings.TrimPrefix(msg.err.Error(), m.importPath+": ")
		if ce := changedError(""); errors.As(msg.err, &ce) {
			m.notImported = append(m.notImported, ce.Error())
		} else {
			m.notImported = append(m.notImported, m.importName+" ("+why+")")
		}
		next := m.startWaiting()
		if end := m.runEnded(); end != "" {
			// The run's outcome names this failure with the others: told
			// before them too, it pushed them past the line's end
			// (hostile check 59).
			m.status.Error(strings.TrimPrefix(end, " · "))
			return tea.Batch(reopen, next, m.holdStatus())
		}
		m.status.Error("Not imported: " + why + m.importingNote())
		return tea.Batch(reopen, next)
	}
	if d := index.DamageOf(met); d != nil {
		m.replacedDamage = d // its replies coming after are late ones
	}
	// The index the import opened is a new one: the figures table and the
	// linked view on screen are made again from it, as after a reopening,
	// and what met a replaced index meanwhile is answered (afterImport).
	m.redo.linked, m.redo.figures = true, true
	cmd := m.applyIndexReady(msg.res.Ready)
	// applyIndexReady started the next import waiting, if any.
	if end := m.runEnded(); end != "" {
		// The run ends with a failure earlier in it: said as a problem,
		// kept through typing a while, so it is read.
		m.status.Error(msg.res.Summary + joinWarnings(msg.res.Warnings) + end)
		return tea.Batch(cmd, m.holdStatus())
	}
	if len(msg.res.Warnings) > 0 {
		m.status.Warning(msg.res.Summary + joinWarnings(msg.res.Warnings) + m.importingNote())
	} else {
		m.status.Info(msg.res.Summary + m.importingNote())
	}
	return cmd
}

// joinWarnings is an import's warnings as the status line adds them after
// its summary: " · first · second", or "" when there are none.
func joinWarnings(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	return " · " + strings.Join(ws, " · ")
}
