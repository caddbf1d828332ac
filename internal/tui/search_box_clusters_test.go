package tui_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// cursorRe finds the search box's cursor: its cell in reverse video.
var cursorRe = regexp.MustCompile("\x1b\\[7[;0-9]*m([^\x1b]*)\x1b\\[m")

// graphemes splits s into its grapheme clusters, what a reader sees as
// its characters.
func graphemes(s string) []string {
	var cs []string
	for s != "" {
		c, _ := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		cs = append(cs, c)
		s = s[len(c):]
	}
	return cs
}

// The search box over a query of family emoji and Devanagari syllables
// longer than the box (issue 15), as a person types, moves and deletes in
// it at 80x24: the cursor moves a whole grapheme cluster a key, covers
// the whole cluster in the steady form the box shows (the family "👨👩👧",
// the syllable "की" split at its cells), in the cell it is drawn at, and
// is always on the screen; the part of the query shown begins on a
// cluster and is the steady form of the query from there, the box as wide
// as the screen, laid out and drawn; backspace and delete take a whole
// cluster. Before, left stopped inside the family at each joiner, the
// cursor covered one code point ("क" without its vowel sign), backspace
// left "👨‍👩‍" behind, and the box's window, measured by code points, was
// cut at the box's width with the cursor beyond it.
func TestSearchBoxCursorAndWindowKeepToClusters(t *testing.T) {
	opts := tui.Options{Searcher: wideSearcher{}, TotalItems: len(wideBits), TotalSources: len(wideBits), Dark: true,
		Basket: tui.BasketHooks{Path: filepath.Join(t.TempDir(), "basket.json")}}
	const width = 80
	d := &driver{tuitest.Start(t, tui.New(opts), width, 24)}
	unit := []string{wideFamily, "की", " ", "बच्चों", " ", "\U0001F44D\U0001F3FD", "स्ते", " "}
	var query []string
	for len(strings.Join(query, "")) < 400 {
		query = append(query, unit...)
	}
	d.send(tea.PasteMsg{Content: strings.Join(query, "")})
	want := graphemes(strings.Join(query, ""))
	if got := d.model().Query(); got != strings.Join(query, "") {
		t.Fatalf("the query is %+q, want it as pasted", got)
	}
	pos := len(want) // the cursor's cluster
	check := func(step string) {
		t.Helper()
		line := strings.Split(d.M.View().Content, "\n")[1]
		plain := ansi.Strip(line)
		if g, wc := ansi.StringWidth(plain), ansi.StringWidthWc(plain); g != width || g != wc {
			t.Fatalf("%s: the box is %d cells laid out and %d drawn, screen %d: %q", step, g, wc, width, plain)
		}
		m := cursorRe.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("%s: no cursor on the screen: %q", step, line)
		}
		under := " "
		if pos < len(want) {
			under = evidence.Steady(want[pos])
		}
		if m[1] != under {
			t.Fatalf("%s: the cursor covers %+q, want the cluster %+q", step, m[1], under)
		}
		// The cursor stands where the clusters before it end.
		shown := strings.TrimPrefix(plain, "/ ")
		before := ansi.Strip(line[:strings.Index(line, m[0])])
		before = strings.TrimPrefix(before, "/ ")
		first := -1
		for i := pos; i >= 0; i-- {
			if evidence.Steady(strings.Join(want[i:pos], "")) == before {
				first = i
				break
			}
		}
		if first < 0 {
			t.Fatalf("%s: the box shows %+q before the cursor, not the query's clusters from one of them to the cursor's", step, before)
		}
		rest := evidence.Steady(strings.Join(want[first:], ""))
		if pos == len(want) {
			rest += " "
		}
		// The box is filled to its width with spaces.
		if shown = strings.TrimRight(shown, " "); !strings.HasPrefix(rest, shown) {
			t.Fatalf("%s: the box shows %+q, not the query from its cluster %d: %+q", step, shown, first, rest)
		}
	}
	check("pasted")
	for i := range 40 {
		d.keys("left")
		pos--
		check("left " + string(rune('0'+i%10)))
	}
	d.send(tea.KeyPressMsg{Code: 'a', Mod: tea.ModCtrl})
	pos = 0
	check("ctrl+a")
	for range 60 {
		d.keys("right")
		pos++
		check("right")
	}
	// Backspace and delete take whole clusters.
	d.keys("backspace")
	want = append(want[:pos-1:pos-1], want[pos:]...)
	pos--
	check("backspace")
	d.keys("delete")
	want = append(want[:pos:pos], want[pos+1:]...)
	check("delete")
	if got := d.model().Query(); got != strings.Join(want, "") {
		t.Errorf("after backspace and delete the query is %+q, want %+q", got, strings.Join(want, ""))
	}
	d.send(tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl})
	pos = len(want)
	check("ctrl+e")
	for range 12 {
		d.keys("backspace")
		want = want[:len(want)-1]
		pos--
		check("backspace at the end")
	}
	if got := d.model().Query(); got != strings.Join(want, "") {
		t.Errorf("after backspaces at the end the query is %+q, want %+q", got, strings.Join(want, ""))
	}
}
