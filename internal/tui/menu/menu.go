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

// View renders the menu in a box at most width wide.
func (m Model) View(st styles.Styles, width int) string {
	inner := max(10, width-4)
	var b strings.Builder
	b.WriteString(st.OverlayTitle.Render(m.Title) + "\n\n")
	for i, o := range m.Options {
		marker := "  "
		label := strconv.Itoa(i+1) + " " + evidence.Printable(o.Label)
		if i == m.cursor {
			marker = st.Marker.Render("▌ ")
			label = st.Selected.Render(label)
		}
		b.WriteString(marker + label + "\n")
		if o.Preview != "" {
			preview := evidence.Printable(evidence.OneLine(o.Preview))
			b.WriteString("    " + st.Muted.Render(fit.Words(preview, inner-4)) + "\n")
		}
	}
	b.WriteString("\n" + st.Muted.Render("enter choose · esc close"))
	return st.Overlay.Width(min(width, inner+4)).Render(b.String())
}
