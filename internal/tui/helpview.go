package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/styles"
)

// helpView is the help screen of one screen: that screen's keys in
// groups, laid out in as many columns as the width holds and stacked
// below one another when it holds fewer, scrolled when they are taller
// than the room. At 80x24 every key of every screen is on it.
type helpView struct {
	keys   keys.KeyMap
	title  string
	groups [][]key.Binding
	// lines are the groups laid out at the width; offset the first shown.
	lines         [][]helpCell
	offset        int
	width, height int
}

// helpCell is one key and what it does, in a column of a given width.
type helpCell struct {
	key, desc  string
	keyW, colW int
}

const helpGap = 3

func newHelpView(km keys.KeyMap, title string, groups [][]key.Binding) *helpView {
	return &helpView{keys: km, title: title, groups: groups}
}

// inner is the width inside the box's border and padding.
func (h *helpView) inner() int { return max(10, min(h.width, 100)-4) }

// rows is how many lines of keys fit: the box's border, its title and a
// blank line, and the scrolling hint are taken from the height.
func (h *helpView) rows() int { return max(1, h.height-2-h.heading()-1) }

// heading is the lines the title takes: the title and a blank line, the
// title alone, or nothing where the room left is a line of keys and the
// hint (a 40x10 screen). Before, the title and its blank line were always
// drawn, so at 40x10 the box was two lines taller than the room and
// pushed the status line and help bar off the screen.
func (h *helpView) heading() int { return max(0, min(2, h.height-2-2)) }

func (h *helpView) setSize(width, height int) {
	h.width, h.height = width, height
	h.layout()
	h.scroll(0)
}

// layout packs the groups into bands of columns that fit the width.
func (h *helpView) layout() {
	type column struct {
		cells []helpCell
		w     int
	}
	var cols []column
	for _, g := range h.groups {
		var c column
		keyW := 0
		for _, b := range g {
			if b.Enabled() {
				keyW = max(keyW, fit.Width(b.Help().Key))
			}
		}
		for _, b := range g {
			if !b.Enabled() {
				continue
			}
			cell := helpCell{key: b.Help().Key, desc: b.Help().Desc, keyW: keyW}
			c.w = max(c.w, keyW+1+fit.Width(cell.desc))
			c.cells = append(c.cells, cell)
		}
		c.w = min(c.w, h.inner())
		for i := range c.cells {
			c.cells[i].colW = c.w
		}
		if len(c.cells) > 0 {
			cols = append(cols, c)
		}
	}
	h.lines = nil
	for start := 0; start < len(cols); {
		// As many columns as fit side by side make a band.
		end, used := start, 0
		for end < len(cols) && (end == start || used+helpGap+cols[end].w <= h.inner()) {
			if end > start {
				used += helpGap
			}
			used += cols[end].w
			end++
		}
		tall := 0
		for _, c := range cols[start:end] {
			tall = max(tall, len(c.cells))
		}
		if start > 0 {
			h.lines = append(h.lines, nil) // a blank line between bands
		}
		for r := 0; r < tall; r++ {
			var line []helpCell
			for _, c := range cols[start:end] {
				if r < len(c.cells) {
					line = append(line, c.cells[r])
				} else {
					line = append(line, helpCell{colW: c.w})
				}
			}
			h.lines = append(h.lines, line)
		}
		start = end
	}
}

func (h *helpView) scroll(delta int) {
	h.offset = max(0, min(h.offset+delta, len(h.lines)-h.rows()))
}

// update scrolls and closes; it takes every key while open.
func (h *helpView) update(msg tea.Msg) (action, bool) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	km := h.keys
	switch {
	case key.Matches(k, km.Back, km.Help, km.Quit):
		return closeOverlay{}, true
	case key.Matches(k, km.Up):
		h.scroll(-1)
	case key.Matches(k, km.Down):
		h.scroll(1)
	case key.Matches(k, km.PageUp):
		h.scroll(-h.rows())
	case key.Matches(k, km.PageDown):
		h.scroll(h.rows())
	case key.Matches(k, km.Top):
		h.scroll(-len(h.lines))
	case key.Matches(k, km.End):
		h.scroll(len(h.lines))
	}
	return nil, true
}

func (h *helpView) view(st styles.Styles) string {
	var b strings.Builder
	switch h.heading() {
	case 2:
		b.WriteString(st.OverlayTitle.Render("Keys · "+h.title) + "\n\n")
	case 1:
		b.WriteString(st.OverlayTitle.Render("Keys · "+h.title) + "\n")
	}
	end := min(len(h.lines), h.offset+h.rows())
	for i := h.offset; i < end; i++ {
		var parts []string
		for _, c := range h.lines[i] {
			if c.key == "" {
				parts = append(parts, strings.Repeat(" ", c.colW))
				continue
			}
			desc := fit.Words(c.desc, max(1, c.colW-c.keyW-1))
			parts = append(parts, st.DetailHead.Render(fit.Pad(c.key, c.keyW))+" "+st.Muted.Render(fit.Pad(desc, c.colW-c.keyW-1)))
		}
		b.WriteString(strings.TrimRight(strings.Join(parts, strings.Repeat(" ", helpGap)), " ") + "\n")
	}
	hint := "esc closes"
	switch {
	case h.offset > 0 && end < len(h.lines):
		hint = "↑ more above · ↓ more below · " + hint
	case end < len(h.lines):
		hint = "↓ more below (j, pgdn) · " + hint
	case h.offset > 0:
		hint = "↑ more above (k, pgup) · " + hint
	}
	b.WriteString(st.Muted.Render(ansi.Truncate(hint, h.inner(), "…")))
	return st.Overlay.Width(min(h.width, 100)).Render(b.String())
}

func (h *helpView) help() [][]key.Binding {
	km := h.keys
	return [][]key.Binding{{km.Up, km.Down, km.PageDown, km.Back}}
}
