// Package filelist is the import's file picker: one folder's listing, its
// folders and the files the caller accepts and nothing else, hidden files
// left out. Up and down move, enter (→, l) opens a folder or picks a file,
// backspace (←, h) goes up a folder. It reads the disk only to list a
// folder, off the update loop, never to draw a frame.
//
// It replaces bubbles' filepicker, which lists every file (those it may
// not pick greyed among them), takes allowed types by their case as
// written (REPORT.PDF was no .pdf), and has no filter a caller can set:
// the explorer reached into its unexported listing to leave files out.
package filelist

import (
	"cmp"
	"fmt"
	"github.com/cypx/cypx/internal/plainfile"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Entry is one row of a listing.
type Entry struct {
	// Name is the entry's name in its folder, as on disk.
	Name string
	// Folder is a folder or a link to one: enter opens it.
	Folder bool
	// Link is where a symbolic link leads: the resolved path of a link
	// that works, the target as written of one that leads nowhere
	// (Broken). Empty for anything but a link.
	Link string
	// Broken is a link to nothing (a missing target, or a loop).
	Broken bool
	// Size is a file's size in bytes (a link's target's).
	Size int64
}

// Result says what a key did besides moving.
type Result struct {
	// Path is the file enter picked, "" if it picked none.
	Path string
	// Problem says why enter picked nothing where the user may expect it
	// to (a link that leads nowhere).
	Problem string
}

// Model is the picker over one folder at a time.
type Model struct {
	keys   keys.KeyMap
	accept func(name string) bool
	dir    string
	// entries is the folder's listing once read (loaded); err says why
	// it could not be.
	entries []Entry
	loaded  bool
	err     error
	cursor  int
	height  int
	// seq numbers the listings asked for: a listing that arrives after
	// another folder was opened is not shown as that folder's.
	seq int
	// focus is the entry the cursor goes to once the listing arrives (the
	// folder just left, going up).
	focus string
	// Empty is what an empty listing says.
	Empty string
}

// listedMsg is a folder's listing, read off the update loop.
type listedMsg struct {
	dir     string
	seq     int
	entries []Entry
	err     error
}

// New makes a picker in dir (made absolute) listing folders and the
// files whose names accept takes. Its Init reads dir.
func New(km keys.KeyMap, dir string, accept func(name string) bool) Model {
	if dir == "" {
		dir = "."
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return Model{keys: km, accept: accept, dir: dir, height: 10, Empty: "Nothing to pick here."}
}

// Init reads the first folder.
func (m Model) Init() tea.Cmd { return m.list() }

// Dir is the folder listed.
func (m Model) Dir() string { return m.dir }

// Entries is the listing shown, nil until it is read.
func (m Model) Entries() []Entry { return m.entries }

// Cursor is the index of the entry under the cursor.
func (m Model) Cursor() int { return m.cursor }

// SetHeight sets how many rows the listing shows (at least one).
func (m *Model) SetHeight(h int) { m.height = max(1, h) }

func (m Model) list() tea.Cmd {
	dir, seq, accept := m.dir, m.seq, m.accept
	return func() tea.Msg {
		entries, err := Read(dir, accept)
		return listedMsg{dir: dir, seq: seq, entries: entries, err: err}
	}
}

// Read lists dir as the picker shows it: folders and links to folders,
// then regular files (or links to them) whose names accept takes, and
// links that lead nowhere named so, each group by name whatever its case;
// names beginning with "." are hidden. A FIFO or device named as a report
// is left out: reading it would wait for ever.
func Read(dir string, accept func(name string) bool) ([]Entry, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Entry
	for _, de := range des {
		name := de.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		e := Entry{Name: name}
		path := filepath.Join(dir, name)
		info, err := os.Stat(path) // through a link
		if de.Type()&fs.ModeSymlink != 0 {
			if err != nil {
				e.Broken = true
				e.Link, _ = os.Readlink(path)
			} else {
				e.Link, _ = filepath.EvalSymlinks(path)
			}
		} else if err != nil {
			continue // gone since the folder was read
		}
		switch {
		case e.Broken:
			if !accept(name) {
				continue
			}
		case info.IsDir():
			e.Folder = true
		case info.Mode().IsRegular() && accept(name):
			e.Size = info.Size()
		default:
			continue
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b Entry) int {
		if a.Folder != b.Folder {
			if a.Folder {
				return -1
			}
			return 1
		}
		return cmp.Or(strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)), strings.Compare(a.Name, b.Name))
	})
	return out, nil
}

// open lists another folder, the cursor on the entry named focus once it
// arrives (or the first). What was listed goes at once: enter on a row of
// the folder left must not pick in the new one.
func (m Model) open(dir, focus string) (Model, tea.Cmd) {
	m.dir, m.focus = dir, focus
	m.entries, m.loaded, m.err, m.cursor = nil, false, nil, 0
	m.seq++
	return m, m.list()
}

// Update moves the cursor, opens folders, goes up, and takes the listings
// it asked for; Result says when enter picked a file.
func (m Model) Update(msg tea.Msg) (Model, Result, tea.Cmd) {
	switch msg := msg.(type) {
	case listedMsg:
		if msg.seq != m.seq || msg.dir != m.dir {
			return m, Result{}, nil
		}
		m.entries, m.err, m.loaded = msg.entries, msg.err, true
		m.cursor = max(0, slices.IndexFunc(m.entries, func(e Entry) bool { return e.Name == m.focus }))
		m.focus = ""
		return m, Result{}, nil
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m, Result{}, nil
}

func (m Model) key(k tea.KeyPressMsg) (Model, Result, tea.Cmd) {
	last := len(m.entries) - 1
	switch {
	case key.Matches(k, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(k, m.keys.Down):
		m.cursor = max(0, min(last, m.cursor+1))
	case key.Matches(k, m.keys.PageUp):
		m.cursor = max(0, m.cursor-m.height)
	case key.Matches(k, m.keys.PageDown):
		m.cursor = max(0, min(last, m.cursor+m.height))
	case key.Matches(k, m.keys.Top):
		m.cursor = 0
	case key.Matches(k, m.keys.End):
		m.cursor = max(0, last)
	case key.Matches(k, m.keys.ParentFolder):
		parent := filepath.Dir(m.dir)
		if parent == m.dir {
			return m, Result{}, nil // the top of the file system
		}
		m, cmd := m.open(parent, filepath.Base(m.dir))
		return m, Result{}, cmd
	case key.Matches(k, m.keys.OpenEntry):
		if m.cursor > last {
			return m, Result{}, nil
		}
		e := m.entries[m.cursor]
		path := filepath.Join(m.dir, e.Name)
		switch {
		case e.Folder:
			m, cmd := m.open(path, "")
			return m, Result{}, cmd
		case e.Broken:
			return m, Result{Problem: evidence.ScreenLine(e.Name) + " is a link to " + evidence.ScreenLine(e.Link) + ", which leads to no file"}, nil
		}
		return m, Result{Path: path}, nil
	}
	return m, Result{}, nil
}

// View is the listing's rows, at most the height set, scrolled to keep
// the cursor in sight, each on one line of at most width cells: names
// escaped (a name may hold escape sequences, bidi controls or bytes that
// are not UTF-8) and then cut with an ellipsis, so what is cut is visible
// text, never a raw sequence. A folder ends in "/", a link says where it
// leads, one that leads nowhere says so. at is the index in lines of the
// cursor's row, -1 when there is none.
func (m Model) View(st styles.Styles, width int) (lines []string, at int) {
	at = -1
	switch {
	case !m.loaded:
		return []string{st.Muted.Render("Reading the folder…")}, at
	case m.err != nil:
		return []string{st.Muted.Render(ansi.Truncate(evidence.ScreenLine("Cannot read this folder: "+m.err.Error()), width, "…"))}, at
	case len(m.entries) == 0:
		return []string{st.Muted.Render(ansi.Truncate(m.Empty, width, "…"))}, at
	}
	start := max(0, min(m.cursor-m.height/2, len(m.entries)-m.height))
	for i := start; i < len(m.entries) && i < start+m.height; i++ {
		row := ansi.Truncate(rowText(m.entries[i]), max(1, width-2), "…")
		if i == m.cursor {
			at = len(lines)
			lines = append(lines, st.Marker.Render("▌")+" "+st.Selected.Render(row))
			continue
		}
		lines = append(lines, "  "+row)
	}
	return lines, at
}

// rowText is an entry's row: its size, its name, and where a link leads.
func rowText(e Entry) string {
	size := ""
	if !e.Folder && !e.Broken {
		size = plainfile.Size(e.Size)
	}
	name := evidence.ScreenLine(e.Name)
	if e.Folder {
		name += "/"
	}
	row := fmt.Sprintf("%9s  %s", size, name)
	switch {
	case e.Broken:
		row += " → " + evidence.ScreenLine(e.Link) + " (broken link)"
	case e.Link != "":
		row += " → " + evidence.ScreenLine(e.Link)
	}
	return row
}
