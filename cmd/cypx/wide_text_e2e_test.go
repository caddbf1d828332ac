package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// wideCorpus writes a corpus whose titles, publishers, bodies and theme
// labels hold text a terminal may draw at another width than cypx
// measures (issue 15): emoji joined into one picture, a flag, a skin
// tone, a heart with the emoji selector, a letter under 60 accents, a
// Devanagari phrase, wide CJK and East Asian ambiguous characters, a tab,
// a long unbroken word.
func wideCorpus(t *testing.T) string {
	t.Helper()
	family := "\U0001F468\u200D\U0001F469\u200D\U0001F467"
	flag, tone, heart := "\U0001F1EC\U0001F1E7", "\U0001F44D\U0001F3FD", "\u2764\uFE0F"
	accents := "e" + strings.Repeat("\u0301", 60)
	deva, cjk, amb := "बच्चों की सेवाएँ", "児童精神保健サービス", "±½§¶ΩΣ…№"
	dir := t.TempDir()
	sources := filepath.Join(dir, "sources")
	if err := os.MkdirAll(sources, 0o755); err != nil {
		t.Fatal(err)
	}
	docs := []struct{ name, title, publisher, body string }{
		{"emoji", "Families " + flag + " report " + tone, "Publisher " + family + flag,
			"In 2024, 41% of families " + family + " waited more than 18 weeks for help " + flag + " " + tone + " " + heart + ".\n\nAbout 3,100 children were referred to services in 2023, a rise of 12% " + family + family + "."},
		{"accents", "Accents " + accents + " in the title", "Z" + accents + " Trust",
			"Some 27% of the " + accents + " children waited over a year for an assessment in 2024."},
		{"cjk", cjk + " report on waits", cjk + "協会",
			"In 2024, 38% of " + cjk + " children waited longer than a year.\n\nAmbiguous " + amb + " width: 52% of trusts reported " + amb + " delays in 2023."},
		{"deva", deva + " report", deva + " Trust",
			"In 2024, 33% of " + deva + " families waited more than six months."},
		{"tabs", "Tab report", "Tab Trust",
			"In 2024,\t61% of\tchildren waited\tmore than 12 weeks.\n\nA long word " + strings.Repeat("Unbroken", 14) + " and 19% of services closed in 2023."},
	}
	for _, d := range docs {
		text := fmt.Sprintf("---\ntitle: %q\npublisher: %q\ndate: 2024-03-01\ntype: report\nurl: https://example.org/%s\n---\n\n%s\n", d.title, d.publisher, d.name, d.body)
		if err := os.WriteFile(filepath.Join(sources, d.name+".md"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	themes, err := os.ReadFile(filepath.Join("..", "..", "corpus", "themes.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	y := strings.Replace(string(themes), "short: Waiting lists", fmt.Sprintf("short: %q", "Waits "+family+flag), 1)
	y = strings.Replace(y, "label: Waiting lists and access", fmt.Sprintf("label: %q", "Waiting "+family+" "+tone+" "+heart+" "+deva), 1)
	if y == string(themes) {
		t.Fatal("the bundled themes.yaml no longer holds the waiting lists theme's labels")
	}
	if err := os.WriteFile(filepath.Join(dir, "themes.yaml"), []byte(y), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// brokenBorders lists the lines of a captured screen where a box (a
// pane, an overlay) has its left border but not its right one at the
// column its top corner ╮ stands, counting each character's cells as tmux
// places it (its own width, not its cluster's). The panes' boxes must
// also end at the screen's last column (width; 0 for a screen of an
// overlay alone).
func brokenBorders(screen string, width int) []string {
	lines := strings.Split(screen, "\n")
	cells := make([]map[int]rune, len(lines))
	for i, line := range lines {
		cells[i] = map[int]rune{}
		col := 0
		for _, r := range line {
			if w := ansi.StringWidthWc(string(r)); w > 0 {
				cells[i][col] = r
				col += w
			}
		}
	}
	var bad []string
	rightmost := -1
	for i := range lines {
		for left, r := range cells[i] {
			if r != '╭' {
				continue
			}
			right := left + 1
			for cells[i][right] == '─' {
				right++
			}
			if cells[i][right] != '╮' {
				bad = append(bad, fmt.Sprintf("line %d: the top border from column %d has no corner: %s", i, left, lines[i]))
				continue
			}
			rightmost = max(rightmost, right)
			for j := i + 1; j < len(lines) && (cells[j][left] == '│' || cells[j][left] == '╰'); j++ {
				want := '│'
				if cells[j][left] == '╰' {
					want = '╯'
				}
				if cells[j][right] != want {
					bad = append(bad, fmt.Sprintf("line %d: no %c at column %d: %s", j, want, right, lines[j]))
				}
				if want == '╯' {
					break
				}
			}
		}
	}
	if width > 0 && rightmost != width-1 {
		bad = append(bad, fmt.Sprintf("the rightmost box ends at column %d, want %d", rightmost, width-1))
	}
	return bad
}

// TestWideTextKeepsEveryBorderEndToEnd runs the explorer in tmux over a
// corpus of text drawn at uncertain widths and checks, on every line of
// the list, the detail, the theme picker and the chart at 80x24 and of the
// list beside the detail at 200x50, that each pane's right border is at
// the screen's last column. Before, the lines holding the family emoji,
// the skin tone or the Devanagari phrase lost it: 5 lines of the list, 8
// of a detail, 1 of the theme picker and 4 of the chart at 80x24, 6 of
// each screen at 200x50.
func TestWideTextKeepsEveryBorderEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	corpus := wideCorpus(t)
	s := startTmux(t, 80, 24, fmt.Sprintf("env CYPX_HOME=%s TERM=xterm-256color %s --corpus %s; sleep 60", t.TempDir(), bin, corpus))
	check := func(step string, width int, want ...string) {
		t.Helper()
		screen := s.waitFor(want...)
		if bad := brokenBorders(screen, width); len(bad) > 0 {
			t.Errorf("%s: %d lines lost the right border:\n%s\n\n%s", step, len(bad), strings.Join(bad, "\n"), screen)
		}
	}
	check("the list at 80x24", 80, "5 sources", "41%", "33%")
	s.keys("Enter")
	s.waitFor("enter open")
	for range 4 {
		s.keys("j")
	}
	s.keys("Enter")
	check("a detail at 80x24", 80, "Source: ", "Publisher: ")
	s.keys("Escape")
	s.waitFor("enter open")
	s.keys("g", "Enter")
	check("the first detail at 80x24", 80, "Source: ")
	s.keys("Escape")
	s.waitFor("enter open")
	s.keys("t")
	check("the theme picker at 80x24", 0, "(any of the ticked)")
	s.keys("Escape")
	s.waitFor("enter open")
	s.keys("v")
	check("the chart at 80x24", 80, "Chart · sorted by value")
	s.keys("Escape")
	s.waitFor("enter open")
	s.tmux("resize-window", "-t", "e2e", "-x", "200", "-y", "50")
	for i := range 10 {
		check(fmt.Sprintf("the list and item %d's detail at 200x50", i+1), 200, "5 sources", "Source: ")
		s.keys("j")
	}
	s.keys("q")
}
