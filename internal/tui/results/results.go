// Package results is the explorer's result list: two lines per item — a
// badge (a statistic's figure, a recommendation's number or actor) with the
// text and its matched words highlighted, then publisher and year — with a
// selection that survives new results when the item is still there.
package results

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/styles"
)

// RowHeight is the number of lines an item takes.
const RowHeight = 2

// badgeWidth is the width of the badge column: a count up to 999,999
// ("270,000"), a sum ("£2.3bn"). A wider badge is left out, never cut.
const badgeWidth = 7

// Model is the list.
type Model struct {
	// marked says which items are in the briefing basket (shown with ●).
	marked func(id string) bool
	// isNew says which items a saved search found new (shown as "new").
	isNew         func(id string) bool
	hits          []index.Hit
	cursor        int
	offset        int // first visible item
	width, height int
}

// SetHits replaces the items, keeping the selected item selected when it
// is among them.
func (m *Model) SetHits(hits []index.Hit) {
	var keep string
	if h, ok := m.Selected(); ok {
		keep = h.Item.ID
	}
	m.hits = hits
	m.cursor, m.offset = 0, 0
	for i, h := range hits {
		if h.Item.ID == keep {
			m.cursor = i
			break
		}
	}
	m.clamp()
}

// SetMarked tells the list which items are marked.
func (m *Model) SetMarked(marked func(id string) bool) { m.marked = marked }

// SetNew tells the list which items are new since a saved search's last
// run: their second line says "new" under the badge.
func (m *Model) SetNew(isNew func(id string) bool) { m.isNew = isNew }

// SelectID selects the item with an id, and reports whether it is listed.
func (m *Model) SelectID(id string) bool {
	for i, h := range m.hits {
		if h.Item.ID == id {
			m.cursor = i
			m.clamp()
			return true
		}
	}
	return false
}

// Select selects position i.
func (m *Model) Select(i int) { m.cursor = i; m.clamp() }

// Append adds the next page of items, keeping the selection.
func (m *Model) Append(hits []index.Hit) {
	m.hits = append(m.hits, hits...)
	m.clamp()
}

// NearEnd reports whether the selection is within a page of the last item.
func (m Model) NearEnd() bool { return m.cursor >= len(m.hits)-m.Page()-1 }

// Hits are the items listed.
func (m Model) Hits() []index.Hit { return m.hits }

// Len is the number of items listed.
func (m Model) Len() int { return len(m.hits) }

// SetSize sets the list's size in cells.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.clamp()
}

// Selected is the selected item, if any.
func (m Model) Selected() (index.Hit, bool) {
	if m.cursor < 0 || m.cursor >= len(m.hits) {
		return index.Hit{}, false
	}
	return m.hits[m.cursor], true
}

// Cursor is the selected position.
func (m Model) Cursor() int { return m.cursor }

// Move moves the selection by delta items.
func (m *Model) Move(delta int) {
	m.cursor += delta
	m.clamp()
}

// Page is how many items fit on screen.
func (m Model) Page() int { return max(1, m.height/RowHeight) }

// Top selects the first item; End the last.
func (m *Model) Top() { m.cursor = 0; m.clamp() }

// End selects the last item.
func (m *Model) End() { m.cursor = len(m.hits) - 1; m.clamp() }

// Scroll moves the view by delta items without losing the selection from it.
func (m *Model) Scroll(delta int) {
	m.offset = max(0, min(m.offset+delta, len(m.hits)-m.Page()))
	m.cursor = max(m.offset, min(m.cursor, m.offset+m.Page()-1))
	m.clamp()
}

// SelectAt selects the item drawn on line y of the list, as a click does.
// A line below the rows drawn (the pane's border, the status line, the
// help bar) selects nothing: it selected the items after the last drawn,
// which the list then scrolled to, unseen.
func (m *Model) SelectAt(y int) bool {
	i := m.offset + y/RowHeight
	if y < 0 || y >= m.Page()*RowHeight || y >= m.height || i >= len(m.hits) {
		return false
	}
	m.cursor = i
	return true
}

func (m *Model) clamp() {
	m.cursor = max(0, min(m.cursor, len(m.hits)-1))
	page := m.Page()
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+page {
		m.offset = m.cursor - page + 1
	}
	m.offset = max(0, min(m.offset, len(m.hits)-page))
}

// View renders exactly height lines of width cells.
func (m Model) View(st styles.Styles, focused bool) string {
	lines := make([]string, 0, m.height)
	if len(m.hits) == 0 {
		lines = append(lines, st.Muted.Render(fit.Words(" No items match. esc clears the search; t changes themes.", m.width)))
	}
	for i := m.offset; i < len(m.hits) && len(lines)+RowHeight <= m.height; i++ {
		l1, l2 := m.row(st, m.hits[i], i == m.cursor, focused)
		lines = append(lines, l1, l2)
	}
	for len(lines) < m.height {
		lines = append(lines, "")
	}
	return strings.Join(lines[:m.height], "\n")
}

func (m Model) row(st styles.Styles, h index.Hit, selected, focused bool) (string, string) {
	it := h.Item
	marker := " "
	if selected {
		marker = "▌"
		if !focused {
			marker = "▏"
		}
		marker = st.Marker.Render(marker)
	}
	badge := it.Badge()
	if ansi.StringWidth(badge) > badgeWidth {
		badge = "" // "270,00" would be a false figure: nothing is not
	}
	badge = fit.Pad(badge, badgeWidth)
	mark := " "
	if m.marked != nil && m.marked(it.ID) {
		mark = st.Marker.Render("●")
	}
	textWidth := max(1, m.width-2-badgeWidth)
	text := fit.Styled(Highlight(st, it.Text, h.Matches, nil), textWidth)
	meta := Meta(it, textWidth)
	under := strings.Repeat(" ", badgeWidth+1)
	if m.isNew != nil && m.isNew(it.ID) {
		under = st.Marker.Render(fit.Pad("new", badgeWidth)) + " "
	}
	if selected {
		return marker + st.BadgeSelected.Render(badge) + mark + text,
			" " + under + st.Meta.Render(meta)
	}
	return marker + st.Badge.Render(badge) + mark + text,
		" " + under + st.Meta.Render(meta)
}

// Meta is a row's second line in width: publisher, year and kind; the
// kind goes first, then the publisher is shortened, and the year is kept
// whole.
func Meta(it evidence.Item, width int) string {
	pub, year := evidence.ScreenText(fit.Clip(it.Source.Publisher, width)), strconv.Itoa(it.Source.Date.Year)
	if it.Source.Date.Year == 0 && it.Kind == "" {
		// An item that is not known (a basket's missing one): no year 0,
		// no kind.
		return fit.Words(pub, width)
	}
	if full := pub + " · " + year + " · " + string(it.Kind); ansi.StringWidth(full) <= width {
		return full
	}
	return fit.Name(pub+" ·", year, width)
}

// Highlight renders text on one line with the matched spans in the match
// style and the given figures in the figure style. The text is shown as
// every other screen shows text on one line (evidence.ScreenOneLine):
// control characters, a carriage return among them, escaped, and a run of
// blanks holding a line break one space; so nothing from a source reaches
// the terminal raw. Before, a carriage return (and each line break of a
// run) became a space here alone.
func Highlight(st styles.Styles, text string, matches []index.Span, figures []evidence.Figure) string {
	type mark struct {
		start, end int
		figure     bool
	}
	var marks []mark
	for _, f := range figures {
		marks = append(marks, mark{f.Offset, f.Offset + len(f.Text), true})
	}
	for _, s := range matches {
		marks = append(marks, mark{s.Start, s.End, false})
	}
	flat := evidence.SpanMarksBlanked(text)
	// Which style covers each byte (figures win): 0 none, 1 match, 2
	// figure.
	style := make([]int8, len(flat))
	for _, mk := range marks {
		for i := max(0, mk.start); i < min(len(flat), mk.end); i++ {
			if mk.figure {
				style[i] = 2
			} else if style[i] == 0 {
				style[i] = 1
			}
		}
	}
	// A span that ends inside a character (offsets are bytes, and nothing
	// makes one from elsewhere fall between characters) styles the whole
	// character: split, its bytes were escaped as invalid UTF-8.
	for i := 1; i < len(flat); i++ {
		if !utf8.RuneStart(flat[i]) {
			style[i] = style[i-1]
		}
	}
	// Escape each run of one style, the character before it given as
	// context (a variation selector is kept only after a character it
	// modifies), and keep the style of each escaped byte.
	var esc strings.Builder
	var escStyle []int8
	for i := 0; i < len(flat); {
		j := i
		for j < len(flat) && style[j] == style[i] {
			j++
		}
		_, size := utf8.DecodeLastRuneInString(flat[:i])
		seg := strings.TrimPrefix(evidence.Printable(flat[i-size:j]), evidence.Printable(flat[i-size:i]))
		esc.WriteString(seg)
		for range len(seg) {
			escStyle = append(escStyle, style[i])
		}
		i = j
	}
	// Fold to one line as ShownOneLine does, each byte kept given the
	// style of the byte it came from.
	shown, from := evidence.QuoteLineFrom(esc.String())
	shownStyle := make([]int8, len(shown))
	for k, i := range from {
		shownStyle[k] = escStyle[i]
	}
	var b strings.Builder
	for i := 0; i < len(shown); {
		j := i
		for j < len(shown) && shownStyle[j] == shownStyle[i] {
			j++
		}
		// Each run is made steady for the screen (evidence.Steady) on
		// its own: the styling between two runs ends a cluster for the
		// layout's measure and the terminal alike.
		switch seg := evidence.Steady(shown[i:j]); shownStyle[i] {
		case 0:
			b.WriteString(seg)
		case 1:
			b.WriteString(st.Match.Render(seg))
		case 2:
			b.WriteString(st.Figure.Render(seg))
		}
		i = j
	}
	return b.String()
}
