package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
)

// exportAsk is the question e asks before a briefing pack is written: how
// many findings, and the two files they go to. enter (or y) exports, and
// every other key cancels, saying nothing was written. Before, e wrote
// briefing-DATE.md and .docx into the current folder on the one key: a
// mistyped key wrote a pack into a project folder (hostile check 65).
type exportAsk struct {
	keys  keys.KeyMap
	group string
	// The question is what, then where, then "?": where is the part a
	// short screen shortens.
	what, where   string
	width, height int
}

// The question's keys, as its help row and the help screen list them.
var (
	exportYes = key.NewBinding(key.WithKeys("enter", "y"), key.WithHelp("enter/y", "export"))
	exportNo  = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))
)

// exportNotWritten is what the status line says once the question is
// answered with anything but enter or y.
const exportNotWritten = "Export cancelled: nothing was written"

// askExport asks before exporting the basket as a pack grouped by group.
// What refuses an export at once (an empty basket, no export here, one
// already being written) says so without asking: there is nothing to
// confirm. The rest (the index being reopened, a refused folder, the
// basket changed meanwhile) is checked again by exportCmd once confirmed.
func (m *Model) askExport(group string) tea.Cmd {
	if m.exportRefused() {
		return nil
	}
	n := len(m.bk.read.ids) - m.bk.read.missing
	where := "the folder cypx was started in, as briefing-DATE.md and .docx"
	if w := m.opts.Basket.Where; w != nil {
		// The folder's path is the user's file system's: a downloaded
		// archive's folder can hold a bidi override or bytes that are no
		// UTF-8, shown escaped as the status line shows them.
		where = evidence.ScreenLine(w())
	}
	what := plural(n, "finding")
	if missing := m.bk.read.missing; missing > 0 {
		what += " (" + plural(missing, "missing finding") + " left out)"
	}
	m.push(&exportAsk{keys: m.keys, group: group, what: "Export " + what + " to ", where: where})
	return nil
}

func (a *exportAsk) setSize(width, height int) { a.width, a.height = width, height }

// update takes every key while the question is open: enter or y exports,
// any other key cancels. Other messages (an import finishing, the basket
// read) go on to the root.
func (a *exportAsk) update(msg tea.Msg) (action, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	if key.Matches(k, exportYes) {
		return confirmExport{a.group}, true
	}
	return cancelExport{}, true
}

// The question's answers.
type (
	// confirmExport closes the question and exports.
	confirmExport struct{ group string }
	// cancelExport closes the question and says nothing was written.
	cancelExport struct{}
)

// view draws the question, wrapped to the box, and its keys below it when
// there is room: the help row names them too, so on a screen of 40x10 the
// question is kept whole and the line of keys given up.
func (a *exportAsk) view(st styles.Styles) string {
	w := max(20, min(a.width, 90))
	inner := w - 4 // the border and padding
	q := a.question(inner, a.height-2)
	body := st.OverlayTitle.Render(q)
	if strings.Count(q, "\n")+1+3 <= a.height {
		body += "\n" + st.Muted.Render(ansi.Truncate("enter export · esc cancel (nothing is written)", inner, "…"))
	}
	return st.Overlay.Width(w).Render(body)
}

// question is the question wrapped to inner cells in at most rows lines
// where it can be: the folder's first names give way to "…/", one by one,
// and the file's name, ".docx" and "?" stay. Lines break at spaces and
// slashes, never inside the file's name. Before, at 40x10 with a folder
// three names deep the box showed "Export 2 findings to /tmp/check/" and
// lost the rest, the name and ".docx?" with it; and the name broke at its
// hyphens ("briefing-2026-12-" / "06-3.md") (hostile check 66).
func (a *exportAsk) question(inner, rows int) string {
	where := a.where
	for {
		q := wrapAtSpacesAndSlashes(a.what+where+"?", inner)
		if strings.Count(q, "\n")+1 <= rows {
			return q
		}
		rest := strings.TrimPrefix(strings.TrimPrefix(where, "…/"), "/")
		i := strings.Index(rest, "/")
		if i < 0 {
			return q
		}
		where = "…/" + rest[i+1:]
	}
}

// fittedWhere is where, a pack's file, with its folder's first names
// given way to "…/" one by one until the line prefix+where fits width
// cells (0: any), as the question gives them way: the file's name stays.
// The status line after an export is one line, cut at its end: at 40x10
// "Exported the briefing pack to…" hid the name, which may have become
// "-2" because the first existed (hostile check 67).
func fittedWhere(prefix, where string, width int) string {
	for width > 0 && ansi.StringWidth(prefix+where) > width {
		rest := strings.TrimPrefix(strings.TrimPrefix(where, "…/"), "/")
		i := strings.Index(rest, "/")
		if i < 0 {
			break
		}
		where = "…/" + rest[i+1:]
	}
	return where
}

// wrapAtSpacesAndSlashes wraps plain text to width cells, breaking lines
// after spaces and slashes only: ansi's wrappers always break at hyphens
// too, and a pack's name is all hyphens. A piece wider than the line is
// cut hard.
func wrapAtSpacesAndSlashes(s string, width int) string {
	var lines []string
	line := ""
	flush := func() {
		lines = append(lines, strings.TrimRight(line, " "))
		line = ""
	}
	for len(s) > 0 {
		i := strings.IndexAny(s, " /")
		piece := s
		if i >= 0 {
			piece = s[:i+1]
		}
		s = s[len(piece):]
		if line != "" && ansi.StringWidth(strings.TrimRight(line+piece, " ")) > width {
			flush()
		}
		for ansi.StringWidth(strings.TrimRight(piece, " ")) > width {
			cut := ansi.Truncate(piece, width, "")
			line += cut
			flush()
			piece = piece[len(cut):]
		}
		line += piece
	}
	flush()
	return strings.Join(lines, "\n")
}

func (a *exportAsk) help() [][]key.Binding {
	// esc first: the way out shows whatever the room.
	return [][]key.Binding{{exportNo, exportYes}}
}
