package corpus_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/corpus"
)

// FuzzParse: any bytes either load or are refused with problems that name
// the file and a line within it; a loaded document's blocks are exact
// substrings of its body at their offsets.
func FuzzParse(f *testing.F) {
	f.Add([]byte("---\ntitle: T\npublisher: P\ndate: 2024-07\ntype: report\n---\n## H\n\nA paragraph.\n\n- item\n1. num\n<!-- page 2 -->\nText.\n"))
	f.Add([]byte("---\ntitle: [x\n---\n"))
	f.Add([]byte("\xef\xbb\xbf---\r\ntitle: T\r\n---\r\nbody\r\n"))
	f.Add([]byte("no front matter"))
	f.Add([]byte("---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\n| a | b \\| c |\n|:--|--:|\n| 1 | 45% |\n|x|\n\n[^1]: A note.\n  More.\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			t.Skip()
		}
		doc, problems := corpus.Parse("sources/f.md", data)
		lines := strings.Count(string(data), "\n") + 1
		skipped := false
		for _, p := range problems {
			if p.File != "sources/f.md" || p.Line < 0 || p.Line > lines+1 || p.Message == "" {
				t.Fatalf("bad problem %+v (file has %d lines)", p, lines)
			}
			skipped = skipped || p.Skipped
		}
		if skipped {
			return
		}
		if !utf8.ValidString(doc.Body) {
			t.Fatal("loaded a body that is not UTF-8")
		}
		for _, b := range doc.Blocks {
			if b.Offset < 0 || b.Offset+len(b.Text) > len(doc.Body) || doc.Body[b.Offset:b.Offset+len(b.Text)] != b.Text {
				t.Fatalf("block %q is not body[%d:]", b.Text, b.Offset)
			}
			for _, c := range b.Cells {
				if c.Offset < 0 || c.Offset+len(c.Text) > len(b.Text) || b.Text[c.Offset:c.Offset+len(c.Text)] != c.Text {
					t.Fatalf("cell %q is not at its offset in %q", c.Text, b.Text)
				}
			}
			if b.HeaderLine != "" && !strings.Contains(doc.Body, b.HeaderLine) {
				t.Fatalf("header %q is not in the body", b.HeaderLine)
			}
		}
	})
}
