package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/extract"
)

// TestWindowsLineEndingsReadAsUnixOnes: a source saved with CRLF line
// endings reads as the same file with LF ones: no carriage return in its
// body or its items, its blocks on the same lines, no problem reported,
// and a figure written over a line break read whole. Before (hostile check
// 85, H2), "between 13 and\r\n52 weeks" gave 52 weeks alone and quotes
// showed "\r".
func TestWindowsLineEndingsReadAsUnixOnes(t *testing.T) {
	unix := "---\ntitle: Waits\npublisher: NHS Providers\ndate: 2024-01-01\ntype: report\n---\n## Waits\n\nChildren waited between 13 and\n52 weeks for an autism assessment in 2023.\n\nSome **45\nper cent** of trusts reported rising demand in 2024.\n"
	windows := strings.ReplaceAll(unix, "\n", "\r\n")
	du, pu := corpus.Parse("u.md", []byte(unix))
	dw, pw := corpus.Parse("w.md", []byte(windows))
	if len(pu) != 0 || len(pw) != 0 {
		t.Fatalf("problems: unix %v, windows %v", pu, pw)
	}
	if strings.Contains(dw.Body, "\r") || dw.Body != du.Body {
		t.Errorf("windows body %q, want the unix one %q", dw.Body, du.Body)
	}
	if len(dw.Blocks) != len(du.Blocks) {
		t.Fatalf("%d blocks, want %d", len(dw.Blocks), len(du.Blocks))
	}
	for i := range du.Blocks {
		if dw.Blocks[i].Line != du.Blocks[i].Line || dw.Blocks[i].Text != du.Blocks[i].Text {
			t.Errorf("block %d: line %d %q, want line %d %q", i, dw.Blocks[i].Line, dw.Blocks[i].Text, du.Blocks[i].Line, du.Blocks[i].Text)
		}
	}
	dw.Source.ID, du.Source.ID = "w", "w"
	items := extract.Extract(dw)
	ranges := 0
	for _, it := range items {
		if strings.Contains(it.Text, "\r") {
			t.Errorf("item %q holds a carriage return", it.Text)
		}
		for _, f := range it.Figures {
			if f.Low == 13 && f.High == 52 {
				ranges++
			}
		}
	}
	if ranges != 1 {
		t.Errorf("the range 13-52 weeks read %d times, want once: %+v", ranges, items)
	}
}
