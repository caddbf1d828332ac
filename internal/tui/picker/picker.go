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

// View renders the picker in a box no taller than height.
func (m Model) View(st styles.Styles, width, height int) string {
	var b strings.Builder
	b.WriteString(st.OverlayTitle.Render("Themes") + st.Muted.Render("  (any of the ticked)") + "\n\n")
	rows := max(1, height-7)
	start := max(0, min(m.cursor-rows/2, len(m.options)-rows))
	for i := start; i < len(m.options) && i < start+rows; i++ {
		o := m.options[i]
		box := "[ ]"
		if m.selected[o.ID] {
			box = "[x]"
		}
		line := fmt.Sprintf("%s %-40s %4d", box, ansi.Truncate(evidence.PrintableLine(o.Label), 40, "…"), o.Count)
		marker := "  "
		if i == m.cursor {
			marker = st.Marker.Render("▌ ")
			line = st.Selected.Render(line)
		} else if o.Count == 0 {
			line = st.Muted.Render(line)
		}
		b.WriteString(marker + line + "\n")
	}
	b.WriteString("\n" + st.Muted.Render("space tick · a clear · enter apply · esc cancel"))
	return st.Overlay.Width(min(width, 56)).Render(b.String())
}
