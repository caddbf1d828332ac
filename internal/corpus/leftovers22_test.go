package corpus_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestBinaryTaggedValueIsAProblemAtItsLine: a front-matter value tagged
// !!binary is base64-encoded bytes, not text: a problem at its line that
// keeps the source out, never its base64 read as a title or publisher.
func TestBinaryTaggedValueIsAProblemAtItsLine(t *testing.T) {
	for _, fm := range []string{
		"title: !!binary SGVsbG8gd29ybGQ=\npublisher: NHS Providers\n",
		"title: Waits\npublisher: !!binary |\n  G1syMW0=\n",
	} {
		src := "---\n" + fm + "date: 2024-03-01\ntype: report\n---\n\nChildren waited 18 weeks for community paediatrics in 2024 across England.\n"
		doc, probs := corpus.Parse("sources/bin.md", []byte(src))
		var found bool
		for _, p := range probs {
			if strings.Contains(p.Message, "!!binary") {
				found = true
				if p.Line < 2 || p.Line > 3 || !p.Skipped || !strings.Contains(p.Message, "where ") {
					t.Errorf("%q: %+v, want a problem at the key's line that skips the source", fm, p)
				}
			}
		}
		if !found {
			t.Errorf("%q: no problem (title %q, publisher %q)", fm, doc.Source.Title, doc.Source.Publisher)
		}
	}
	// A value that only looks like base64 is text.
	doc, probs := corpus.Parse("sources/b.md", []byte("---\ntitle: SGVsbG8gd29ybGQ=\npublisher: NHS\ndate: 2024\ntype: report\n---\n\nChildren waited 18 weeks for community paediatrics in 2024 across England.\n"))
	if len(probs) != 0 || doc.Source.Title != "SGVsbG8gd29ybGQ=" {
		t.Errorf("untagged: %v, %q", probs, doc.Source.Title)
	}
}

// TestLinkToNothingIsNamedOnce: a source that is a link to a file that is
// gone (or to such a link) is a problem naming the link once, as the
// problem's file, and where it leads: not "stat sources/a.md: no such file
// or directory" after "sources/a.md".
func TestLinkToNothingIsNamedOnce(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.Symlink("gone.md", filepath.Join(dir, "sources", "a.md"))
	os.Symlink("a.md", filepath.Join(dir, "sources", "b.md"))
	_, probs := corpus.Load(os.DirFS(dir))
	want := map[string]string{"sources/a.md": "a link to gone.md, which leads to no file", "sources/b.md": "a link to a.md, which leads to no file"}
	for _, p := range probs {
		if w, ok := want[p.File]; ok {
			if !strings.HasPrefix(p.Message, w) || strings.Contains(p.Message, p.File) || !p.Skipped {
				t.Errorf("%s: %q, want %q... and the file not named again", p.File, p.Message, w)
			}
			delete(want, p.File)
		}
	}
	if len(want) > 0 {
		t.Errorf("no problem for %v: %v", want, probs)
	}
}
