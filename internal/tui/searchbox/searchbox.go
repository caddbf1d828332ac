// Package searchbox is the explorer's search box: a text input that reports
// when its query changed so the root model can search as the user types.
package searchbox

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

// MaxChars bounds what can be typed or pasted, well under the index's query limit.
const MaxChars = 1000

// Model is the search box.
type Model struct {
	input textinput.Model
	st    styles.Styles
	width int // the box's width, prompt included
	// first is where the part of a query too long for the box that the
	// box shows begins, in the query's characters: always a grapheme
	// cluster's start (see scroll).
	first int
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
	m.scroll()
}

// SetWidth sets the box's width, prompt included.
func (m *Model) SetWidth(w int) {
	m.width = w
	m.input.SetWidth(max(1, w-3))
	m.scroll()
}

// Update passes keys and pastes to the input and reports whether the query changed.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd, bool) {
	before := m.input.Value()
	msg, ok := CleanInput(msg, BeforeCursor(m.input))
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
// what a reader sees as one character, the unit the box shows too.
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

// cut takes the cluster c out of the query value, the cursor left where
// it was.
func (m *Model) cut(value []rune, c cluster) {
	m.input.SetValue(string(value[:c.start]) + string(value[c.end:]))
	m.input.SetCursor(c.start)
}

// onBoundary moves a cursor left inside a grapheme cluster to its end: a
// combining mark typed before a letter joins it to the cluster before.
func (m *Model) onBoundary() {
	pos := m.input.Position()
	for _, c := range clusters(m.input.Value()) {
		if c.start < pos && pos < c.end {
			m.input.SetCursor(c.end)
			return
		}
	}
}

// room is the cells the box has for the query and its cursor, 0 for no
// bound (a box not yet laid out).
func (m Model) room() int {
	if m.width > 2 {
		return m.width - 2
	}
	return 0
}

// scroll keeps the cursor's cell in the part of the query the box shows,
// moving the part's start by whole grapheme clusters and no further than
// needed, as the input scrolled (by code points, and measuring some by
// the layout's width and some by a terminal's); when the query's end is
// shown, as much of it as fits is, the cursor's cell at the end counted.
func (m *Model) scroll() {
	cs := clusters(m.input.Value())
	room := m.room()
	if room == 0 {
		m.first = 0
		return
	}
	at := clusterAt(cs, m.input.Position())
	first := min(clusterAt(cs, m.first), at)
	used := cursorCells(cs, at)
	for i := first; i < at; i++ {
		used += cs[i].cells
	}
	for used > room && first < at {
		used -= cs[first].cells
		first++
	}
	tail := 1 // the cursor's cell after the query
	for i := first; i < len(cs); i++ {
		tail += cs[i].cells
	}
	for first > 0 && tail+cs[first-1].cells <= room {
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
// skin tones, a Devanagari syllable split at the terminal's cells), the
// part of it that fits the box from the first cluster scroll chose, and
// the cursor over the whole cluster after it (a space at the end): the
// terminal drew "👍🏽" over four cells where the input counted two, and
// the input's cursor covered one code point of a cluster (issue 15). The
// query itself is kept as typed.
func (m Model) View() string {
	prompt := m.st.Prompt.Render("/ ")
	value := m.input.Value()
	if value == "" {
		return prompt + m.input.View() // the placeholder
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
	room := m.room()
	var before, after strings.Builder
	cursor, used := "", 0
	for i := clusterAt(cs, m.first); i < len(cs); i++ {
		c, cells := cs[i], cs[i].cells
		if i == at {
			cells = cursorCells(cs, at)
		}
		if room > 0 && used+cells > room {
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
	if at == len(cs) && (room == 0 || used < room) {
		cursor = " "
		used++
	}
	v := prompt + text.Render(before.String())
	if cursor != "" {
		v += lipgloss.NewStyle().Foreground(look.Cursor.Color).Reverse(true).Render(cursor)
	}
	// Filled to the box's width, as the input filled it.
	return v + text.Render(after.String()+strings.Repeat(" ", max(room-used, 0)))
}

// cluster is one grapheme cluster of a query: where it begins and ends in
// the query's characters (the input's positions), its steady form and
// the cells that takes.
type cluster struct {
	start, end int
	shown      string
	cells      int
}

// clusters splits a query into its grapheme clusters, as evidence.Steady
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
