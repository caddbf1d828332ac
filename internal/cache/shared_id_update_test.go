package cache_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/corpus"
)

// TestASharedIDIsSettledAsAFreshLoadSettlesIt: a file added beside a
// library source, claiming its id, is kept or skipped by the cached
// index exactly as a fresh load of the folder keeps or skips it (the
// first file by name holds the id), whether the index is built whole or
// updated; and when the file holding the id goes, the other file's
// source comes back. Before (hostile check 69), the update kept the
// older file while `cypx items`, loading afresh, kept the other: one
// item id cited to two publishers on different paths.
func TestASharedIDIsSettledAsAFreshLoadSettlesIt(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	src := func(publisher, date string) string {
		return "---\nid: kcc-2025-community-health\ntitle: Community health\npublisher: " + publisher + "\ndate: " + date + "\ntype: report\n---\n64% of children were seen within 18 weeks in 2024.\n"
	}
	write := func(name, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Join(dir, "sources"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "sources", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	publisher := func() (cached, fresh string) {
		t.Helper()
		o := cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS, Warn: func(string) {}}
		ix, cat, err := cache.Open(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		ix.Close()
		for _, s := range cat.Sources {
			if s.ID == "kcc-2025-community-health" {
				cached = s.Publisher
			}
		}
		docs, _ := corpus.Load(os.DirFS(dir))
		for _, d := range docs {
			if d.Source.ID == "kcc-2025-community-health" {
				fresh = d.Source.Publisher
			}
		}
		return cached, fresh
	}
	write("kcc-2025-community-health.md", src("Kent County Council", "2025-03-14"))
	if cached, fresh := publisher(); cached != "Kent County Council" || fresh != cached {
		t.Fatalf("one source: cached %q, fresh %q", cached, fresh)
	}
	// A file whose name sorts first claims the id: a fresh load keeps it.
	write("aaa-imposter.md", src("Imposter Ltd", "2020-01-01"))
	if cached, fresh := publisher(); fresh != "Imposter Ltd" || cached != fresh {
		t.Errorf("a first-named file claims the id: cached %q, fresh %q", cached, fresh)
	}
	// A file whose name sorts last claims it: both keep the first.
	write("zzz-copy.md", src("Copy Press", "2019-01-01"))
	if cached, fresh := publisher(); fresh != "Imposter Ltd" || cached != fresh {
		t.Errorf("a last-named file claims the id: cached %q, fresh %q", cached, fresh)
	}
	// The holder goes: the next file by name holds the id again.
	if err := os.Remove(filepath.Join(dir, "sources", "aaa-imposter.md")); err != nil {
		t.Fatal(err)
	}
	if cached, fresh := publisher(); fresh != "Kent County Council" || cached != fresh {
		t.Errorf("the holder removed: cached %q, fresh %q", cached, fresh)
	}
}
