// Package textfield is the explorer's one-line text input: the search
// box, the history search, the save form's name and the import form's
// fields all edit and draw through it, so each of them moves, deletes
// and scrolls by grapheme cluster, what a reader sees as one character,
// and takes only what CleanInput lets through. bubbles' textinput keeps
// the value, the keys and the placeholder; this package decides what
// one character is and how the value is drawn.
package textfield

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/tui/styles"
)

// Model is one text input.
type Model struct {
	input textinput.Model
	// room is the cells the value and its cursor are drawn in, 0 for no
	// bound (a field not yet laid out).
	room int
	// first is where the part of a value too long for the field that the
	// field shows begins, in the value's characters: always a grapheme
	// cluster's start (see scroll).
	first int
}

// New makes an empty, unfocused field that takes at most limit
// characters and shows placeholder while empty.
func New(st styles.Styles, placeholder string, limit int) Model {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = placeholder
	in.CharLimit = limit
	m := Model{input: in}
	m.SetStyles(st)
	return m
}

// SetStyles applies the explorer's styles.
func (m *Model) SetStyles(st styles.Styles) {
	s := m.input.Styles()
	s.Focused.Placeholder = st.Muted
	s.Blurred.Placeholder = st.Muted
	// A steady cursor: no timer ticking while the explorer sits idle.
	s.Cursor.Blink = false
	m.input.SetStyles(s)
}

// SetPlaceholder sets what the field shows while empty.
func (m *Model) SetPlaceholder(p string) { m.input.Placeholder = p }

// Focus gives the field the keyboard.
func (m *Model) Focus() tea.Cmd { return m.input.Focus() }

// Blur takes the keyboard away.
func (m *Model) Blur() { m.input.Blur() }

// Focused reports whether the field has the keyboard.
func (m Model) Focused() bool { return m.input.Focused() }

// Value is the text typed so far, as typed.
func (m Model) Value() string { return m.input.Value() }

// SetValue replaces the value, without control or invisible characters
// (a query recalled from a history file edited by hand, a title guessed
// from a PDF may hold them), the cursor at its end.
func (m *Model) SetValue(s string) {
	s, _ = evidence.CleanLine(s)
	m.input.SetValue(s)
	m.input.CursorEnd()
	m.scroll()
}

// SetWidth sets the cells the value and its cursor are drawn in; 0 draws
// the whole value.
func (m *Model) SetWidth(cells int) {
	m.room = max(cells, 0)
	// The input draws its placeholder in its width and a cursor's cell.
	m.input.SetWidth(max(1, cells-1))
	m.scroll()
}

// Update passes keys and pastes to the input and reports whether the
// value changed. What is typed or pasted is cleaned first (CleanInput);
// a key of nothing but invisible characters is not typed at all.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd, bool) {
	before := m.input.Value()
	msg, ok := CleanInput(msg, m.beforeCursor())
	if !ok {
		return m, nil, false
	}
	var cmd tea.Cmd
	if k, isKey := msg.(tea.KeyPressMsg); !isKey || !m.input.Focused() || !m.byCluster(k) {
		m.input, cmd = m.input.Update(msg)
	}
	m.onBoundary()
	m.scroll()
	return m, cmd, m.input.Value() != before
}

// byCluster moves the cursor over, or deletes, the grapheme cluster
// before or after it for the keys that act on one character, and reports
// whether k was one of them. The input moved and deleted one character
// (one code point) at a time: the cursor stopped inside a family emoji
// (three emoji and two joiners) or between a Devanagari letter and its
// vowel sign, and backspace left "👨‍👩‍" behind (issue 15). A cluster is
// what a reader sees as one character, the unit the field shows too.
func (m *Model) byCluster(k tea.KeyPressMsg) bool {
	keys := m.input.KeyMap
	value := []rune(m.input.Value())
	cs := clusters(string(value))
	at := clusterAt(cs, m.input.Position())
	switch {
	case key.Matches(k, keys.CharacterBackward):
		if at > 0 {
			m.input.SetCursor(cs[at-1].start)
		}
	case key.Matches(k, keys.CharacterForward):
		if at < len(cs) {
			m.input.SetCursor(cs[at].end)
		}
	case key.Matches(k, keys.DeleteCharacterBackward):
		if at > 0 {
			m.cut(value, cs[at-1])
		}
	case key.Matches(k, keys.DeleteCharacterForward):
		if at < len(cs) {
			m.cut(value, cs[at])
		}
	default:
		return false
	}
	return true
}

// cut takes the cluster c out of the value, the cursor left where it
// was.
func (m *Model) cut(value []rune, c cluster) {
	m.input.SetValue(string(value[:c.start]) + string(value[c.end:]))
	m.input.SetCursor(c.start)
}

// onBoundary moves a cursor left inside a grapheme cluster to its end: a
// combining mark typed before a letter joins it to the cluster before,
// and a word deleted up to a blank may leave the cursor after a mark the
// blank carried.
func (m *Model) onBoundary() {
	pos := m.input.Position()
	for _, c := range clusters(m.input.Value()) {
		if c.start < pos && pos < c.end {
			m.input.SetCursor(c.end)
			return
		}
	}
}

// scroll keeps the cursor's cell in the part of the value the field
// shows, moving the part's start by whole grapheme clusters and no
// further than needed, as the input scrolled (by code points, and
// measuring some by the layout's width and some by a terminal's); when
// the value's end is shown, as much of it as fits is, the cursor's cell
// at the end counted.
func (m *Model) scroll() {
	cs := clusters(m.input.Value())
	if m.room == 0 {
		m.first = 0
		return
	}
	at := clusterAt(cs, m.input.Position())
	first := min(clusterAt(cs, m.first), at)
	used := cursorCells(cs, at)
	for i := first; i < at; i++ {
		used += cs[i].cells
	}
	for used > m.room && first < at {
		used -= cs[first].cells
		first++
	}
	tail := 1 // the cursor's cell after the value
	for i := first; i < len(cs); i++ {
		tail += cs[i].cells
	}
	for first > 0 && tail+cs[first-1].cells <= m.room {
		first--
		tail += cs[first].cells
	}
	m.first = 0
	if first < len(cs) {
		m.first = cs[first].start
	}
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

// beforeCursor is the character before the cursor, or -1 at the start:
// what CleanInput judges a typed variation selector by.
func (m Model) beforeCursor() rune {
	r := []rune(m.input.Value())
	if p := m.input.Position(); p > 0 && p <= len(r) {
		return r[p-1]
	}
	return -1
}

// View renders the value in the explorer's steady form (evidence.Steady:
// an emoji sequence as its emoji, without joiners and skin tones, a
// Devanagari syllable split at the terminal's cells), the part of it
// that fits the field from the first cluster scroll chose, and, focused,
// the cursor over the whole cluster after it (a space at the end),
// filled to the field's width: the terminal drew "👍🏽" over four cells
// where the input counted two, and the input's cursor covered one code
// point of a cluster (issue 15). The value itself is kept as typed.
func (m Model) View() string {
	value := m.input.Value()
	if value == "" {
		return m.input.View() // the placeholder, or the cursor alone
	}
	look := m.input.Styles()
	text := look.Blurred.Text
	if m.input.Focused() {
		text = look.Focused.Text
	}
	cs := clusters(value)
	at := len(cs) + 1 // no cursor
	if m.input.Focused() {
		at = clusterAt(cs, m.input.Position())
	}
	var before, after strings.Builder
	cursor, used := "", 0
	for i := clusterAt(cs, m.first); i < len(cs); i++ {
		c, cells := cs[i], cs[i].cells
		if i == at {
			cells = cursorCells(cs, at)
		}
		if m.room > 0 && used+cells > m.room {
			break
		}
		switch {
		case i < at:
			before.WriteString(c.shown)
		case i == at:
			cursor = c.shown
			if cursor == "" {
				cursor = " " // a cluster drawn as nothing still shows where the cursor is
			}
		default:
			after.WriteString(c.shown)
		}
		used += cells
	}
	if at == len(cs) && (m.room == 0 || used < m.room) {
		cursor = " "
		used++
	}
	v := text.Render(before.String())
	if cursor != "" {
		v += lipgloss.NewStyle().Foreground(look.Cursor.Color).Reverse(true).Render(cursor)
	}
	// Filled to the field's width, as the input filled it.
	return v + text.Render(after.String()+strings.Repeat(" ", max(m.room-used, 0)))
}

// cluster is one grapheme cluster of a value: where it begins and ends
// in the value's characters (the input's positions), its steady form and
// the cells that takes.
type cluster struct {
	start, end int
	shown      string
	cells      int
}

// clusters splits a value into its grapheme clusters, as evidence.Steady
// does.
func clusters(q string) []cluster {
	var cs []cluster
	pos := 0
	for q != "" {
		c, _ := ansi.FirstGraphemeCluster(q, ansi.GraphemeWidth)
		if c == "" {
			c = q // not reached: a cluster holds at least one byte
		}
		n := utf8.RuneCountInString(c)
		shown := evidence.Steady(c)
		cs = append(cs, cluster{start: pos, end: pos + n, shown: shown, cells: fit.Width(shown)})
		pos += n
		q = q[len(c):]
	}
	return cs
}

// clusterAt is the index of the cluster that holds position pos (the
// cluster after a cursor at pos), len(cs) at the end.
func clusterAt(cs []cluster, pos int) int {
	for i, c := range cs {
		if pos < c.end {
			return i
		}
	}
	return len(cs)
}

// cursorCells is the cells the cursor takes over cluster at: the
// cluster's, or one (a space at the end, a cluster drawn as nothing).
func cursorCells(cs []cluster, at int) int {
	if at < len(cs) {
		return max(cs[at].cells, 1)
	}
	return 1
}
