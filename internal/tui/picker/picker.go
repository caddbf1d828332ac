// Package picker is the theme picker: a multi-select list of themes with
// the number of matching items each would give.
package picker

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Option is one theme.
type Option struct {
	ID, Label string
	Count     int
}

// Outcome says what a key did to the picker.
type Outcome int

// The outcomes: the picker stays open, its ticks are applied, or it is
// closed without applying them.
const (
	Open Outcome = iota
	Applied
	Cancelled
)

// Model is the picker.
type Model struct {
	options  []Option
	selected map[string]bool
	cursor   int
	keys     keys.KeyMap
}

// New makes a picker over options with the ids in selected ticked.
func New(options []Option, selected []string) Model {
	m := Model{options: options, selected: map[string]bool{}, keys: keys.DefaultKeyMap()}
	for _, id := range selected {
		m.selected[id] = true
	}
	return m
}

// Selected lists the ticked ids in option order.
func (m Model) Selected() []string {
	var out []string
	for _, o := range m.options {
		if m.selected[o.ID] {
			out = append(out, o.ID)
		}
	}
	return out
}

// Cursor is the highlighted option.
func (m Model) Cursor() int { return m.cursor }

// Update: up/down move, space ticks, a clears all, enter applies (then
// Selected is the choice), esc cancels.
func (m Model) Update(msg tea.Msg) (Model, Outcome) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, Open
	}
	switch {
	case key.Matches(k, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(k, m.keys.Down):
		m.cursor = min(len(m.options)-1, m.cursor+1)
	case key.Matches(k, m.keys.Top):
		m.cursor = 0
	case key.Matches(k, m.keys.End):
		m.cursor = len(m.options) - 1
	case key.Matches(k, m.keys.Toggle), k.String() == "x":
		if len(m.options) > 0 {
			id := m.options[m.cursor].ID
			m.selected[id] = !m.selected[id]
		}
	case k.String() == "a":
		m.selected = map[string]bool{}
	case k.String() == "enter":
		return m, Applied
	case key.Matches(k, m.keys.Back), key.Matches(k, m.keys.Themes), key.Matches(k, m.keys.Quit):
		return m, Cancelled
	}
	return m, Open
}

// View renders the picker in a box at most width wide and height tall:
// each theme on one line, its label cut to leave its count room, and the
// list scrolled around the cursor in what the title and hint leave; where
// little is left, the blank lines, then the hint, then the title give way
// to the themes (the help bar under the screen still says the keys).
// Before, a label and its count were laid out 52 cells wide whatever the
// room, so at 40 columns each theme took two lines, and the box was five
// lines taller than the screen at 40x10, pushing off the status line and
// the help bar.
func (m Model) View(st styles.Styles, width, height int) string {
	boxW := min(width, 56)
	inner := max(10, boxW-4)               // inside the border and padding
	labelW := max(4, min(40, inner-2-4-5)) // the marker, "[ ] ", " 9999"
	room := max(1, height-2)
	top := []string{st.OverlayTitle.Render("Themes") + st.Muted.Render(ansi.Truncate("  (any of the ticked)", max(0, inner-6), "")), ""}
	hint := []string{"", st.Muted.Render(fit.Parts([]string{"space tick", "a clear", "enter apply", "esc cancel"}, " · ", inner))}
	want := min(len(m.options), 3)
	if room-len(top)-len(hint) < want {
		top, hint = top[:1], hint[1:]
	}
	if room-len(top)-len(hint) < want {
		hint = nil
	}
	if room-len(top)-len(hint) < want {
		top = nil
	}
	rows := max(1, room-len(top)-len(hint))
	lines := append([]string{}, top...)
	start := max(0, min(m.cursor-rows/2, len(m.options)-rows))
	for i := start; i < len(m.options) && i < start+rows; i++ {
		o := m.options[i]
		box := "[ ]"
		if m.selected[o.ID] {
			box = "[x]"
		}
		line := fmt.Sprintf("%s %s %4d", box, fit.Pad(ansi.Truncate(evidence.ScreenLine(o.Label), labelW, "…"), labelW), o.Count)
		marker := "  "
		if i == m.cursor {
			marker = st.Marker.Render("▌ ")
			line = st.Selected.Render(line)
		} else if o.Count == 0 {
			line = st.Muted.Render(line)
		}
		lines = append(lines, marker+line)
	}
	lines = append(lines, hint...)
	return st.Overlay.Width(boxW).Render(strings.Join(lines, "\n"))
}
