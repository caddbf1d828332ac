// Package searchbox is the explorer's search box: a text input (textfield,
// the explorer's one) behind a "/ " prompt that reports when its query
// changed so the root model can search as the user types.
package searchbox

import (
	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/tui/textfield"
)

// MaxChars bounds what can be typed or pasted, well under the index's query limit.
const MaxChars = 1000

// prompt is drawn before the query; promptCells is its width.
const (
	prompt      = "/ "
	promptCells = 2
)

// Model is the search box.
type Model struct {
	field textfield.Model
	st    styles.Styles
}

// New makes an empty, unfocused search box.
func New(st styles.Styles) Model {
	return Model{field: textfield.New(st, "type to search: words, \"phrases\", -not, theme:send", MaxChars), st: st}
}

// SetStyles applies the explorer's styles.
func (m *Model) SetStyles(st styles.Styles) {
	m.st = st
	m.field.SetStyles(st)
}

// Focus gives the box the keyboard.
func (m *Model) Focus() tea.Cmd { return m.field.Focus() }

// Blur takes the keyboard away.
func (m *Model) Blur() { m.field.Blur() }

// Focused reports whether the box has the keyboard.
func (m Model) Focused() bool { return m.field.Focused() }

// Value is the query typed so far.
func (m Model) Value() string { return m.field.Value() }

// SetValue replaces the query, without control or invisible characters
// (a query recalled from a history file edited by hand may hold them).
func (m *Model) SetValue(s string) { m.field.SetValue(s) }

// SetWidth sets the box's width, prompt included; one of the prompt's
// width or less leaves the query unbounded (a box not yet laid out).
func (m *Model) SetWidth(w int) { m.field.SetWidth(max(w-promptCells, 0)) }

// Update passes keys and pastes to the input and reports whether the query changed.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd, bool) {
	var cmd tea.Cmd
	var changed bool
	m.field, cmd, changed = m.field.Update(msg)
	return m, cmd, changed
}

// View renders "/ query", the query drawn by the text field's rule.
func (m Model) View() string { return m.st.Prompt.Render(prompt) + m.field.View() }
