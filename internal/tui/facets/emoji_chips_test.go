package facets_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/facets"
	"github.com/cypx/cypx/internal/tui/styles"
)

// A theme's short label holding an emoji of two joined by a zero-width
// joiner (a family, U+1F468 U+200D U+1F469) is shown as the two emoji side
// by side, four cells in every terminal (one joined picture is two cells
// in tmux and six in xterm: issue 15), so the row's chips fit and are
// dropped whole where they do not: before hostile check 56, the joiner was
// escaped as "\u200d". A joiner between letters is still escaped.
func TestJoinedEmojiInAThemeChipIsOnePicture(t *testing.T) {
	family := "\U0001F468\u200D\U0001F469"
	shown := "\U0001F468\U0001F469"
	m := facets.New([]facets.Theme{{"fam", "Families", family + " Families"}, {"odd", "Odd", "O\u200Ddd"}, {"visits", "Visits", "Visits"}})
	m.SetCounts(map[string][]index.FacetCount{"theme": {{Value: "fam", Count: 3}, {Value: "odd", Count: 2}, {Value: "visits", Count: 5}}})
	st := styles.New(true)
	row := m.ThemeRow(st, 200)
	plain := ansi.Strip(row)
	if !strings.Contains(plain, shown+" Families 3") || strings.Contains(plain, `\u200d`+"\U0001F469") {
		t.Errorf("row %q: want the family's emoji side by side", plain)
	}
	if !strings.Contains(plain, `O\u200ddd 2`) {
		t.Errorf("row %q: a joiner between letters must stay escaped", plain)
	}
	want := len("Themes  [All]  ") + 4 + len(" Families 3  ") + len(`O\u200ddd 2  `) + len("Visits 5")
	if w := ansi.StringWidth(row); w != want || ansi.StringWidthWc(row) != want {
		t.Errorf("row %q is %d cells wide, want %d", plain, w, want)
	}
	// A width that holds the family's chip but not the others leaves them
	// out whole and the row within it.
	narrow := len("Themes  [All]  ") + 4 + len(" Families 3") + len("  …")
	got := m.ThemeRow(st, narrow)
	if w := ansi.StringWidth(got); w > narrow || !strings.Contains(ansi.Strip(got), shown+" Families 3") || strings.Contains(ansi.Strip(got), "Visits") {
		t.Errorf("row at %d cells: %q, %d wide", narrow, ansi.Strip(got), w)
	}
}
