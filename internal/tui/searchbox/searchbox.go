// Package searchbox is the explorer's search box: a text input that reports
// when its query changed so the root model can search as the user types.
package searchbox

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"

	"github.com/cypx/cypx/internal/tui/styles"
)

// MaxChars bounds what can be typed or pasted, well under the index's query limit.
const MaxChars = 1000

// Model is the search box.
type Model struct {
	input textinput.Model
	st    styles.Styles
}

// New makes an empty, unfocused search box.
func New(st styles.Styles) Model {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = "type to search: words, \"phrases\", -not, theme:send"
	in.CharLimit = MaxChars
	m := Model{input: in}
	m.SetStyles(st)
	return m
}

// SetStyles applies the explorer's styles.
func (m *Model) SetStyles(st styles.Styles) {
	m.st = st
	s := m.input.Styles()
	s.Focused.Placeholder = st.Muted
	s.Blurred.Placeholder = st.Muted
	// A steady cursor: no timer ticking while the explorer sits idle.
	s.Cursor.Blink = false
	m.input.SetStyles(s)
}

// Focus gives the box the keyboard.
func (m *Model) Focus() tea.Cmd { return m.input.Focus() }

// Blur takes the keyboard away.
func (m *Model) Blur() { m.input.Blur() }

// Focused reports whether the box has the keyboard.
func (m Model) Focused() bool { return m.input.Focused() }

// Value is the query typed so far.
func (m Model) Value() string { return m.input.Value() }

// SetValue replaces the query, without control or invisible characters
// (a query recalled from a history file edited by hand may hold them).
func (m *Model) SetValue(s string) {
	s, _ = evidence.CleanLine(s)
	m.input.SetValue(s)
	m.input.CursorEnd()
}

// SetWidth sets the width of the input, prompt excluded.
func (m *Model) SetWidth(w int) { m.input.SetWidth(max(1, w-3)) }

// Update passes keys and pastes to the input and reports whether the query changed.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd, bool) {
	before := m.input.Value()
	msg, ok := CleanInput(msg)
	if !ok {
		return m, nil, false
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd, m.input.Value() != before
}

// CleanInput is the one rule for what a text input in the explorer may
// take: a key's text or a paste loses line breaks, bidi controls,
// zero-width and other invisible characters (evidence.CleanLine), which
// bubbles' textinput would otherwise keep (it drops only C0 and C1
// controls) and draw raw, hiding what the field says. It reports false
// for a key whose whole text was such characters: the input must not see
// it at all. Every other message passes unchanged.
func CleanInput(msg tea.Msg) (tea.Msg, bool) {
	switch k := msg.(type) {
	case tea.PasteMsg:
		k.Content, _ = evidence.CleanLine(k.Content)
		return k, true
	case tea.KeyPressMsg:
		if k.Text != "" {
			clean, changed := evidence.CleanLine(k.Text)
			if changed && clean == "" {
				return msg, false
			}
			k.Text = clean
			return k, true
		}
	}
	return msg, true
}

// View renders "/ query".
func (m Model) View() string {
	return m.st.Prompt.Render("/ ") + m.input.View()
}
