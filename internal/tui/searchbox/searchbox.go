// Package searchbox is the explorer's search box: a text input that reports
// when its query changed so the root model can search as the user types.
package searchbox

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"

	"github.com/cypx/cypx/internal/tui/styles"
)

// MaxChars bounds what can be typed or pasted, well under the index's query limit.
const MaxChars = 1000

// Model is the search box.
type Model struct {
	input textinput.Model
	st    styles.Styles
	width int // the box's width, prompt included
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
func (m *Model) SetWidth(w int) {
	m.width = w
	m.input.SetWidth(max(1, w-3))
}

// Update passes keys and pastes to the input and reports whether the query changed.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd, bool) {
	before := m.input.Value()
	msg, ok := CleanInput(msg, BeforeCursor(m.input))
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
// controls) and draw raw, hiding what the field says. A variation
// selector stays only after a character it modifies, judged with prev,
// the character before the input's cursor (-1 for none), so that an emoji
// whose selector arrives as a key of its own keeps it. It reports false
// for a key whose whole text was such characters: the input must not see
// it at all. Every other message passes unchanged.
func CleanInput(msg tea.Msg, prev rune) (tea.Msg, bool) {
	switch k := msg.(type) {
	case tea.PasteMsg:
		k.Content, _ = cleanAfter(prev, k.Content)
		return k, true
	case tea.KeyPressMsg:
		if k.Text != "" {
			clean, changed := cleanAfter(prev, k.Text)
			if changed && clean == "" {
				return msg, false
			}
			k.Text = clean
			return k, true
		}
	}
	return msg, true
}

// cleanAfter is evidence.CleanLine for text typed after prev: a leading
// variation selector is judged by prev rather than as the start of a text.
func cleanAfter(prev rune, s string) (string, bool) {
	first, size := utf8.DecodeRuneInString(s)
	if prev < 0 || size == 0 || !evidence.Unsafe(first) || evidence.UnsafeAfter(prev, first) {
		return evidence.CleanLine(s)
	}
	// prev is a symbol the selector modifies: never dropped or trimmed by
	// CleanLine, so it can be taken off again.
	clean, changed := evidence.CleanLine(string(prev) + s)
	return strings.TrimPrefix(clean, string(prev)), changed
}

// BeforeCursor is the character before a text input's cursor, or -1 at
// its start: what CleanInput judges a typed variation selector by.
func BeforeCursor(in textinput.Model) rune {
	r := []rune(in.Value())
	if p := in.Position(); p > 0 && p <= len(r) {
		return r[p-1]
	}
	return -1
}

// View renders "/ query", the query shown in the explorer's steady form
// (evidence.Steady: an emoji sequence as its emoji, without joiners and
// skin tones, a Devanagari syllable split at the terminal's cells) and
// cut at the box's width: the input measures what it holds as the layout
// does, and the terminal drew "👍🏽" over four cells where the layout
// counted two (issue 15). The query itself is kept as typed.
func (m Model) View() string {
	// A joiner left at the start where the input scrolled inside an
	// emoji sequence joins nothing: it goes too.
	v := strings.ReplaceAll(evidence.Steady(m.input.View()), "\u200d", "")
	if m.width > 2 && ansi.StringWidth(v) > m.width-2 {
		v = ansi.Truncate(v, m.width-2, "")
	}
	return m.st.Prompt.Render("/ ") + v
}
