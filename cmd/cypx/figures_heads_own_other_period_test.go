package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/tui/tuitest"
)

// ownSeriesCorpus is two reports each giving one measure for 2023 and
// 2022 in two sentences.
func ownSeriesCorpus(t *testing.T) string {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	for _, s := range []string{"alpha", "beta"} {
		text := fmt.Sprintf("---\ntitle: \"Waits report %[1]s\"\npublisher: Trust %[1]s\ndate: 2023-05-01\ntype: report\n---\n## Waiting\n\n"+
			"In 2023, 99%% of children in the district waited more than 18 weeks for an assessment in %[1]s.\n\n"+
			"In 2022, 40%% of children in the district waited more than 18 weeks for an assessment in %[1]s.\n", s)
		os.WriteFile(filepath.Join(dir, "sources", s+".md"), []byte(text), 0o644)
	}
	return dir
}

// TestFiguresKeepTheHeadsOwnOtherPeriod: two reports each give a measure
// for 2023 and for 2022, in two sentences. `cypx figures` prints all four
// rows, and f in the explorer on either of the first report's statements
// copies the same four, in the same order. Before (hostile check 51),
// both left out the first report's own 2022: a figure of the table's
// first statement's source, stated in another sentence, never joined it.
func TestFiguresKeepTheHeadsOwnOtherPeriod(t *testing.T) {
	basketWatch, statusLifetime = 0, 0 // the test driver runs commands at once: no ticking
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := ownSeriesCorpus(t)
	text, stderr, code := cli(t, "--corpus", dir, "figures", "waited", "--format", "text")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var cmdRows []string
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "  Source ") {
			for _, r := range lines[i+1:] {
				if strings.TrimSpace(r) == "" || strings.HasPrefix(r, "  over time:") {
					break
				}
				cmdRows = append(cmdRows, strings.Join(strings.Fields(r)[:4], " "))
			}
			break
		}
	}
	want := []string{"Trust alpha 40% 2022", "Trust beta 40% 2022", "Trust alpha 99% 2023", "Trust beta 99% 2023"}
	if strings.Join(cmdRows, "\n") != strings.Join(want, "\n") {
		t.Fatalf("cypx figures printed rows\n%s\nwant\n%s\n(output:\n%s)", strings.Join(cmdRows, "\n"), strings.Join(want, "\n"), text)
	}
	for _, year := range []string{"2023", "2022"} {
		t.Run(year, func(t *testing.T) {
			a := &app{corpusDir: dir, io: stdio{in: strings.NewReader(""), out: os.Stdout, err: os.Stderr}}
			t.Cleanup(a.close)
			_, cat, err := a.open(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			m, err := a.explorer(cat.Taxonomy, a.ix, t.TempDir(), "", nil, "")
			if err != nil {
				t.Fatal(err)
			}
			d := tuitest.Start(t, m, 140, 40)
			d.Send(indexReady(cat, a.ix))
			d.Keys(strings.Split("source:alpha "+year, "")...)
			d.Keys("enter", "f", "c")
			var copied []string
			for _, l := range strings.Split(d.Clipboard, "\n") {
				if strings.HasPrefix(l, "| ") && !strings.HasPrefix(l, "| Source |") {
					cells := strings.Split(strings.Trim(l, "| "), " | ")
					copied = append(copied, strings.Join(cells[:3], " "))
				}
			}
			if strings.Join(copied, "\n") != strings.Join(want, "\n") {
				t.Errorf("f on alpha's %s copied rows\n%s\nwant those cypx figures printed\n%s\n(clipboard:\n%s)", year,
					strings.Join(copied, "\n"), strings.Join(want, "\n"), d.Clipboard)
			}
		})
	}
}
