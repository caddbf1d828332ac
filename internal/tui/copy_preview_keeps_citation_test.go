package tui_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// copyStatusRows copies the one item served at width x 24 with keys and
// gives the status line's rows as drawn: those between the body's last
// border and the help line.
func copyStatusRows(t *testing.T, it evidence.Item, st evidence.Style, width int, keys ...string) []string {
	t.Helper()
	opts := options(t, oneItemSearcherF74g{it})
	opts.Style = st
	d := start(t, width, 24, opts)
	d.keys("waits", "enter")
	d.keys(keys...)
	if !strings.HasPrefix(d.model().Status(), "Sent to the terminal (OSC 52): ") {
		t.Fatalf("%d columns, %v: status %q", width, keys, d.model().Status())
	}
	lines := strings.Split(d.screen(), "\n")
	last := 0
	for i, l := range lines {
		if strings.Contains(l, "╰") {
			last = i
		}
	}
	rows := lines[last+1 : len(lines)-1]
	for _, r := range rows {
		if w := len([]rune(r)); w > width {
			t.Errorf("%d columns: a status row of %d cells: %q", width, w, r)
		}
	}
	return rows
}

// TestCopyPreviewKeepsItsCitationAtEveryWidth: after a copy, the status
// line's preview keeps the citation whole at every width down to 40
// columns, the quote cut with "…" instead (and the line wrapped onto the
// rows above it where even a cut quote leaves no room). Before, the
// preview was made for 90 cells whatever the width, and below about 110
// columns the line's edge cut its citation off (hostile check 65 L1).
func TestCopyPreviewKeepsItsCitationAtEveryWidth(t *testing.T) {
	src := evidence.Source{ID: "nm", Title: "Health visiting in the northern districts", Publisher: "Northmoor Metropolitan Borough Council Children's Services", Date: evidence.Date{Year: 2025}, Type: evidence.Report}
	it := evidence.Item{ID: "nm#1", Kind: evidence.Statistic, Source: src,
		Text:    "Last year 2,800 families waited longer than the eighteen weeks the service promises them, and most of them waited in the two northern districts.",
		Figures: []evidence.Figure{{Text: "2,800", Value: 2800, Offset: 10}}}
	short := it
	short.Source.Publisher = "Kent County Council"
	for _, width := range []int{40, 60, 80, 100, 120} {
		for _, tc := range []struct {
			name string
			it   evidence.Item
			st   evidence.Style
			keys []string
			cite string
		}{
			{"Harvard quote", it, evidence.Harvard, []string{"c"}, `" (Northmoor Metropolitan Borough Council Children's Services, 2025)`},
			{"Harvard quote, short citation", short, evidence.Harvard, []string{"c"}, `" (Kent County Council, 2025)`},
			{"Harvard figure", it, evidence.Harvard, []string{"C", "3"}, `2,800 (Northmoor Metropolitan Borough Council Children's Services, 2025)`},
			{"Vancouver quote", it, evidence.Vancouver, []string{"c"}, `" (1)`},
		} {
			name := fmt.Sprintf("%d columns, %s", width, tc.name)
			rows := copyStatusRows(t, tc.it, tc.st, width, tc.keys...)
			line := strings.Join(strings.Fields(strings.Join(rows, " ")), " ")
			if !strings.Contains(line, tc.cite) {
				t.Errorf("%s: the citation %q is not on the status line: %q", name, tc.cite, line)
			}
			if tc.keys[0] == "c" && !strings.Contains(line, `"Last year 2,800`) {
				t.Errorf("%s: the quote's start is not on the status line: %q", name, line)
			}
			if tc.keys[0] == "c" && !strings.Contains(line, `…"`) {
				t.Errorf("%s: the quote should be cut with …: %q", name, line)
			}
		}
	}
}
