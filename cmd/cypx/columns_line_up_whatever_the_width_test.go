package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/fit"
)

// idColumn is where an item's header line (badge, kind, publisher, id)
// puts its id: after the badge's 8 cells, the kind's 14 and the
// publisher's 28, each with its space.
const idColumn = badgeCells + 1 + kindCells + 1 + publisherCells + 1

// startsAt is the cell at which what begins in line, -1 for none, as the
// explorer measures the line (fit.Width of the line in its steady form);
// it reports as well whether the terminals that draw a cluster over the
// sum of its characters' cells (tmux, xterm, VTE) draw what comes before
// it over as many, and whether a terminal is given it as it is (a
// command's output to a terminal is escaped by evidence.Printable).
func startsAt(line, what string) (int, bool) {
	i := strings.Index(line, what)
	if i < 0 {
		return -1, false
	}
	col := fit.Width(evidence.Steady(line[:i]))
	return col, col == ansi.StringWidthWc(line[:i]) && evidence.Printable(line) == line
}

// The columns of the CLI's listings line up in a terminal whatever their
// text's width (issue 15): the ids of cypx items, search and basket list
// start at one cell on every header line, and the titles of cypx library
// at one cell on every row, over publishers and titles holding a family
// emoji, a flag, a skin tone, a letter under 60 accents, Devanagari and
// wide CJK characters, each line as wide in every terminal as measured
// (a publisher wider than its column pushes its line's id one space after
// it).
// Before, "%-28s" and text/tabwriter padded by characters: the CJK
// publisher's id stood 12 cells to the right of the others, and the
// family's line was drawn 4 cells wider than measured. The steady form's
// zero-width spaces in a Devanagari syllable are not printed: a terminal
// was given each as the six letters "\u200b".
func TestColumnsLineUpWhateverTheTextsWidth(t *testing.T) {
	corpus := wideCorpus(t)
	t.Setenv("CYPX_HOME", filepath.Join(t.TempDir(), "home"))
	headers := func(out string) []string {
		var ls []string
		for _, l := range strings.Split(out, "\n") {
			if l != "" && !strings.HasPrefix(l, "  ") && strings.Contains(l, "#") {
				ls = append(ls, l)
			}
		}
		return ls
	}
	checkIDs := func(cmd, out string, at int) []string {
		t.Helper()
		ls := headers(out)
		if len(ls) < 4 {
			t.Fatalf("%s: %d header lines:\n%s", cmd, len(ls), out)
		}
		var ids []string
		for _, l := range ls {
			id := l[strings.LastIndex(l, " ")+1:]
			ids = append(ids, id)
			// A publisher wider than its column pushes the id one
			// space after it: nothing is cut.
			col, steady := startsAt(l, id)
			pushed := col > at && fit.Width(strings.TrimRight(l[:len(l)-len(id)], " ")) == col-1
			if col != at && !pushed || !steady {
				t.Errorf("%s: the id starts at cell %d, want %d (drawn as measured: %v): %q", cmd, col, at, steady, l)
			}
		}
		return ids
	}
	out, stderr, code := cli(t, "items", "--corpus", corpus)
	if code != 0 {
		t.Fatalf("items: %d %s", code, stderr)
	}
	ids := checkIDs("items", out, idColumn)
	out, _, _ = cli(t, "search", "children", "--corpus", corpus)
	checkIDs("search", out, idColumn)
	if _, stderr, code := cli(t, append([]string{"basket", "add", "--corpus", corpus}, ids...)...); code != 0 {
		t.Fatalf("basket add: %s", stderr)
	}
	out, _, _ = cli(t, "basket", "list", "--corpus", corpus)
	checkIDs("basket list", out, len(" 1. ")+idColumn-1)

	family := "\U0001F468\u200D\U0001F469\u200D\U0001F467"
	dir := t.TempDir()
	for i, m := range []struct{ title, publisher string }{
		{"Plain title", "Plain Trust"},
		{"Families " + family + " waiting", "Carers " + family + "\U0001F1EC\U0001F1E7 Trust"},
		{"児童精神保健 report", "児童精神保健協会"},
		{"बच्चों की सेवाएँ report", "बच्चों की सेवाएँ Trust"},
		{"Thumbs \U0001F44D\U0001F3FD title", "Z" + strings.Repeat("\u0301", 60) + " Trust"},
	} {
		file := filepath.Join(dir, fmt.Sprintf("r%d.txt", i))
		os.WriteFile(file, []byte(fmt.Sprintf("Waiting times\n\nSome %d%% of children waited more than 18 weeks for help in 2023.\n", 20+i)), 0o644)
		if _, stderr, code := cli(t, "add", file, "--title", m.title, "--publisher", m.publisher, "--date", "2024", "--type", "report", "--id", fmt.Sprintf("r%d", i)); code != 0 {
			t.Fatalf("add %q: %s", m.title, stderr)
		}
	}
	out, _, _ = cli(t, "library")
	first := -1
	for _, title := range []string{"TITLE", "Plain title", "Families " + family, "児童精神保健 report", "बच्चों की सेवाएँ report", "Thumbs"} {
		var line string
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, title) {
				line = l
			}
		}
		col, _ := startsAt(line, title)
		if first < 0 {
			first = col
		}
		if col != first || col < 0 {
			t.Errorf("library: %q starts at cell %d, the titles' column at %d:\n%s", title, col, first, out)
		}
		if _, steady := startsAt(line, title); !steady {
			t.Errorf("library: the columns before %q are drawn otherwise than measured, or escaped on a terminal: %q", title, line)
		}
	}
}
