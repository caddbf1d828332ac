// Package menu is a small single-choice menu shown over the explorer, used
// to choose how to copy an item.
package menu

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Option is one choice: a label and a preview of what it gives.
type Option struct {
	Label, Preview string
	// Fit, when set, makes the preview for a line of room cells, in place
	// of Preview cut between words: a copy's preview cuts its quote and
	// keeps its citation whole, which a cut from the end would lose.
	Fit func(room int) string
}

// preview is the option's preview for a line of room cells.
func (o Option) preview(room int) string {
	if o.Fit != nil {
		return fit.Words(evidence.ScreenOneLine(o.Fit(room)), room)
	}
	return fit.Words(evidence.ScreenOneLine(o.Preview), room)
}

// Outcome says what a key did to the menu.
type Outcome int

// The outcomes: the menu stays open, an option is chosen (Cursor is it),
// or the menu is closed without a choice.
const (
	Open Outcome = iota
	Chosen
	Closed
)

// Model is the menu.
type Model struct {
	Title   string
	Options []Option
	cursor  int
	keys    keys.KeyMap
}

// New makes a menu.
func New(title string, options []Option) Model {
	return Model{Title: title, Options: options, keys: keys.DefaultKeyMap()}
}

// Cursor is the highlighted option.
func (m Model) Cursor() int { return m.cursor }

// Update moves the cursor; enter or a number chooses, esc closes.
func (m Model) Update(msg tea.Msg) (Model, Outcome) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, Open
	}
	switch {
	case key.Matches(k, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(k, m.keys.Down):
		m.cursor = min(len(m.Options)-1, m.cursor+1)
	case k.String() == "enter":
		return m, Chosen
	case key.Matches(k, m.keys.Back), key.Matches(k, m.keys.Quit):
		return m, Closed
	default:
		if n, err := strconv.Atoi(k.String()); err == nil && n >= 1 && n <= len(m.Options) {
			m.cursor = n - 1
			return m, Chosen
		}
	}
	return m, Open
}

// View renders the menu in a box at most width wide and height tall.
// Where the whole menu does not fit, it gives up, in turn, the previews
// of the options not under the cursor, its blank lines, the cursor's
// preview, the closing hint and the title, then shows the options around
// the cursor: the help bar under the screen still says the keys. Before,
// a menu taller than the room pushed the status line and help bar off the
// screen (60x15), and at 40x10 hid every option but the first.
func (m Model) View(st styles.Styles, width, height int) string {
	inner := max(10, width-4)
	room := max(1, height-2) // inside the border
	type shape struct{ previews, blanks, cursorPreview, hint, title bool }
	shapes := []shape{
		{true, true, true, true, true},
		{false, true, true, true, true},
		{false, false, true, true, true},
		{false, false, false, true, true},
		{false, false, false, false, true},
		{false, false, false, false, false},
	}
	var lines []string
	cursorLine := 0
	for _, sh := range shapes {
		lines = lines[:0]
		if sh.title {
			lines = append(lines, st.OverlayTitle.Render(m.Title))
			if sh.blanks {
				lines = append(lines, "")
			}
		}
		for i, o := range m.Options {
			marker := "  "
			label := strconv.Itoa(i+1) + " " + evidence.ScreenText(o.Label)
			if i == m.cursor {
				marker = st.Marker.Render("▌ ")
				label = st.Selected.Render(label)
				cursorLine = len(lines)
			}
			lines = append(lines, marker+label)
			if (o.Preview != "" || o.Fit != nil) && (sh.previews || (sh.cursorPreview && i == m.cursor)) {
				lines = append(lines, "    "+st.Muted.Render(o.preview(inner-4)))
			}
		}
		if sh.hint {
			if sh.blanks {
				lines = append(lines, "")
			}
			lines = append(lines, st.Muted.Render("enter choose · esc close"))
		}
		if len(lines) <= room {
			break
		}
	}
	if len(lines) > room {
		first := max(0, min(cursorLine-room/2, len(lines)-room))
		lines = lines[first : first+room]
	}
	return st.Overlay.Width(min(width, inner+4)).Render(strings.Join(lines, "\n"))
}
