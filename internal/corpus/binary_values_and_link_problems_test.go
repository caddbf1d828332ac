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

// TestLinkLoopsAreNamedOnceAndTheRestLoads: links in a loop in the
// sources folder (a.md to b.md and b.md to a.md, self.md to itself, c.md
// to a link of the loop) are each one problem naming the link and the
// loop, in words; the good source beside them loads. Before: "too many
// links in a row: not read", which says nothing of a loop.
func TestLinkLoopsAreNamedOnceAndTheRestLoads(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.Symlink("b.md", filepath.Join(dir, "sources", "a.md"))
	os.Symlink("a.md", filepath.Join(dir, "sources", "b.md"))
	os.Symlink("self.md", filepath.Join(dir, "sources", "self.md"))
	os.Symlink("a.md", filepath.Join(dir, "sources", "c.md"))
	os.WriteFile(filepath.Join(dir, "sources", "good.md"), []byte("---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\n\nChildren waited 18 weeks for community paediatrics in 2024 across England.\n"), 0o644)
	docs, probs := corpus.Load(os.DirFS(dir))
	if len(docs) != 1 || docs[0].Source.ID != "good" {
		t.Errorf("loaded %d sources, want good alone", len(docs))
	}
	want := map[string]string{
		"sources/a.md":    "a link in a loop (a.md → b.md → a.md)",
		"sources/b.md":    "a link in a loop (b.md → a.md → b.md)",
		"sources/self.md": "a link to itself",
		"sources/c.md":    "a link into a loop (c.md → a.md → b.md → a.md)",
	}
	seen := map[string]int{}
	for _, p := range probs {
		seen[p.File]++
		w, ok := want[p.File]
		if !ok {
			t.Errorf("unexpected problem %v", p)
			continue
		}
		if !strings.HasPrefix(p.Message, w) || !strings.Contains(p.Message, "not read") || !p.Skipped {
			t.Errorf("%s: %q, want %q…", p.File, p.Message, w)
		}
	}
	for f := range want {
		if seen[f] != 1 {
			t.Errorf("%s reported %d times, want once", f, seen[f])
		}
	}
}
