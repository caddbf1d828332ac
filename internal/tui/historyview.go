package tui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/sahilm/fuzzy"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/history"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/tui/textfield"
)

// historySearch finds a search in the history as fzf's ctrl+r does: what
// is typed filters the history, each word of it matching the letters of a
// search in order, anywhere (any case), the best matches first and, among
// equals, the newest; enter puts the chosen search in the search box.
type historySearch struct {
	keys    keys.KeyMap
	input   textfield.Model
	entries []history.Entry
	// lines are the entries as matched: the query and its filters.
	lines   []string
	matches []historyMatch
	cursor  int
	// offset is the first match shown.
	offset        int
	width, height int
}

// historyMatch is an entry that matches what is typed, with the byte
// offsets of its line that matched.
type historyMatch struct {
	entry   int
	score   int
	matched []int
}

func newHistorySearch(km keys.KeyMap, st styles.Styles, entries []history.Entry) *historySearch {
	in := textfield.New(st, "type to filter the history", 200)
	in.Focus()
	h := &historySearch{keys: km, input: in}
	h.setEntries(entries)
	return h
}

// setEntries gives the search the history as read now.
func (h *historySearch) setEntries(entries []history.Entry) {
	h.entries = entries
	h.lines = make([]string, len(entries))
	for i, e := range entries {
		h.lines[i] = entryLine(e)
	}
	h.filter()
}

// entryLine is an entry as one line: the query and its filters. An
// edited history file can hold a newline or tab in a query; escaped here,
// it cannot draw a row that looks like another entry.
func entryLine(e history.Entry) string {
	line := e.Query
	if line == "" {
		line = "(everything)"
	}
	if f := e.Filters.String(); f != "" {
		line += "  " + f
	}
	return evidence.ScreenLine(line)
}

// lineSource lets the fuzzy matcher read the lines.
type lineSource []string

func (l lineSource) String(i int) string { return l[i] }
func (l lineSource) Len() int            { return len(l) }

// filter matches the lines against what is typed: every word typed must
// match, and a line's score is the sum of its words' scores.
func (h *historySearch) filter() {
	words := strings.Fields(h.input.Value())
	h.matches = h.matches[:0]
	if len(words) == 0 {
		for i := range h.lines {
			h.matches = append(h.matches, historyMatch{entry: i})
		}
	} else {
		found := map[int]*historyMatch{}
		for n, w := range words {
			hits := map[int]bool{}
			for _, f := range fuzzy.FindFromNoSort(w, lineSource(h.lines)) {
				hits[f.Index] = true
				if n == 0 {
					found[f.Index] = &historyMatch{entry: f.Index}
				}
				if m := found[f.Index]; m != nil {
					m.score += f.Score
					m.matched = append(m.matched, f.MatchedIndexes...)
				}
			}
			for i := range found {
				if !hits[i] {
					delete(found, i)
				}
			}
		}
		for _, m := range found {
			h.matches = append(h.matches, *m)
		}
		sort.Slice(h.matches, func(i, j int) bool {
			a, b := h.matches[i], h.matches[j]
			if a.score != b.score {
				return a.score > b.score
			}
			return a.entry < b.entry // the newer
		})
	}
	h.cursor, h.offset = 0, 0
}

func (h *historySearch) rows() int { return max(1, h.height-2-h.heading()) }

// heading is the lines above the list: the title, the filter and a blank
// line, as room allows; the filter always.
func (h *historySearch) heading() int { return max(1, min(3, h.height-2-1)) }

func (h *historySearch) move(delta int) {
	h.cursor = max(0, min(h.cursor+delta, len(h.matches)-1))
	if h.cursor < h.offset {
		h.offset = h.cursor
	}
	if h.cursor >= h.offset+h.rows() {
		h.offset = h.cursor - h.rows() + 1
	}
}

func (h *historySearch) setSize(width, height int) {
	h.width, h.height = min(width, 100), height
	// The filter's cells and its cursor's, beside the "> " before it.
	h.input.SetWidth(max(10, h.width-8) + 1)
	h.move(0)
}

// update takes every key while open: the arrows, ctrl+p and ctrl+n move,
// ctrl+r moves to an older match, enter picks, esc closes, and the rest
// is typed into the filter.
func (h *historySearch) update(msg tea.Msg) (action, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		if _, paste := msg.(tea.PasteMsg); paste {
			return h.typeIn(msg), true
		}
		return nil, false
	}
	switch k.String() {
	case "esc":
		return closeOverlay{}, true
	case "enter":
		if len(h.matches) == 0 {
			return nil, true
		}
		return pickEntry{h.entries[h.matches[h.cursor].entry]}, true
	case "up", "ctrl+p", "ctrl+k":
		h.move(-1)
		return nil, true
	case "down", "ctrl+n", "ctrl+j", "ctrl+r":
		h.move(1)
		return nil, true
	case "pgup":
		h.move(-h.rows())
		return nil, true
	case "pgdown":
		h.move(h.rows())
		return nil, true
	}
	return h.typeIn(msg), true
}

// typeIn gives a key or a paste to the filter, which edits by grapheme
// cluster and drops invisible characters (textfield), and filters again
// when it changed.
func (h *historySearch) typeIn(msg tea.Msg) action {
	var cmd tea.Cmd
	var changed bool
	h.input, cmd, changed = h.input.Update(msg)
	if changed {
		h.filter()
	}
	return runCmd{cmd}
}

func (h *historySearch) view(st styles.Styles) string {
	w := max(20, h.width-4)
	var b strings.Builder
	// On a short screen the blank line, then the title, give way to the
	// list (at 40x10 the box was two lines taller than the screen).
	if h.heading() > 1 {
		b.WriteString(st.OverlayTitle.Render("Search history") + st.Muted.Render(fmt.Sprintf(" · %d of %d", len(h.matches), len(h.entries))) + "\n")
	}
	b.WriteString("> " + h.input.View() + "\n")
	if h.heading() > 2 {
		b.WriteString("\n")
	}
	if len(h.entries) == 0 {
		b.WriteString(st.Muted.Render(fit.Words("Nothing yet: a search is kept when you leave the search box with it or act on a result.", w)))
	} else if len(h.matches) == 0 {
		b.WriteString(st.Muted.Render("Nothing matches."))
	}
	end := min(len(h.matches), h.offset+h.rows())
	for i := h.offset; i < end; i++ {
		m := h.matches[i]
		marker := "  "
		if i == h.cursor {
			marker = st.Marker.Render("▌ ")
		}
		when := h.entries[m.entry].At.Local().Format("2 Jan")
		line := highlightBytes(st, h.lines[m.entry], m.matched)
		line = fit.Styled(line, max(1, w-2-len(when)-2))
		pad := max(1, w-2-fit.Width(line)-len(when))
		b.WriteString(marker + line + strings.Repeat(" ", pad) + st.Muted.Render(when))
		if i < end-1 {
			b.WriteString("\n")
		}
	}
	return st.Overlay.Width(h.width).Render(b.String())
}

// highlightBytes styles the bytes at the matched offsets of line.
func highlightBytes(st styles.Styles, line string, matched []int) string {
	if len(matched) == 0 {
		return line
	}
	at := map[int]bool{}
	for _, i := range matched {
		at[i] = true
	}
	var b strings.Builder
	for i, r := range line {
		if at[i] {
			b.WriteString(st.Match.Render(string(r)))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (h *historySearch) help() [][]key.Binding {
	km := h.keys
	move := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "choose"))
	pick := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "search it"))
	return [][]key.Binding{{move, pick, km.Back}}
}
