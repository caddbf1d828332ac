package library_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/library"
)

// TestSourcesStampSeesSourcesAddedRemovedAndReplaced: the stamp of a
// library's sources folder changes when a file is added, removed or
// renamed over another (as 'cypx add', 'cypx remove' and 'cypx add
// --force' change the folder), and not when nothing changed; a stamp
// taken just after a change says it is recent.
func TestSourcesStampSeesSourcesAddedRemovedAndReplaced(t *testing.T) {
	dir := t.TempDir()
	if got, _ := library.SourcesStamp(dir, time.Now()); got != "none" {
		t.Fatalf("a library with no sources folder is stamped %q, want none", got)
	}
	src := filepath.Join(dir, "sources")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("sources/a.md", "one")
	before, recent := library.SourcesStamp(dir, time.Now())
	if !recent {
		t.Error("a stamp taken just after a change is not said to be recent")
	}
	if _, recent := library.SourcesStamp(dir, time.Now().Add(3*time.Second)); recent {
		t.Error("a stamp taken 3 s after the last change is said to be recent")
	}
	if again, _ := library.SourcesStamp(dir, time.Now()); again != before {
		t.Errorf("the stamp changed with nothing changed: %q then %q", before, again)
	}
	steps := []struct {
		what string
		do   func()
	}{
		{"a source added", func() { write("sources/b.md", "two") }},
		{"a source removed", func() { os.Remove(filepath.Join(src, "b.md")) }},
		{"a source replaced (a file renamed over it)", func() {
			write("new.md", "three")
			if err := os.Rename(filepath.Join(dir, "new.md"), filepath.Join(src, "a.md")); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, st := range steps {
		// Past a tick of the file system's clock (a few ms): a change in
		// the same tick as the stamp is what recent is for.
		time.Sleep(20 * time.Millisecond)
		st.do()
		after, _ := library.SourcesStamp(dir, time.Now())
		if after == before {
			t.Errorf("%s: the stamp stayed %q", st.what, after)
		}
		before = after
	}
}

// BenchmarkSourcesStamp20000 is the explorer's look at a library of
// 20,000 sources: one stat of the folder, not of each file.
func BenchmarkSourcesStamp20000(b *testing.B) {
	dir := b.TempDir()
	src := filepath.Join(dir, "sources")
	os.Mkdir(src, 0o755)
	for i := range 20000 {
		os.WriteFile(filepath.Join(src, fmt.Sprintf("s%05d.md", i)), []byte("x"), 0o644)
	}
	b.ResetTimer()
	for b.Loop() {
		library.SourcesStamp(dir, time.Now())
	}
}
