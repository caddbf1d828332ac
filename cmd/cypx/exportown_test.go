package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// TestExplorerExportRefusesCypxsOwnFolders: e in an explorer started in
// the library's sources (or a --corpus folder's) is refused by the rule
// -o follows (ownFileError), and nothing is written there (hostile check
// 43). Before, the pack was written into the sources, and every later
// command warned of a source with no front matter.
func TestExplorerExportRefusesCypxsOwnFolders(t *testing.T) {
	corpus := t.TempDir()
	sources := filepath.Join(corpus, "sources")
	os.MkdirAll(sources, 0o755)
	const body = "---\ntitle: Waits\npublisher: P\ndate: 2024\ntype: report\n---\nIn 2024, 45% of children waited more than 18 weeks for an assessment.\n"
	if err := os.WriteFile(filepath.Join(sources, "waits.md"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	defer func(w, l time.Duration) { basketWatch, statusLifetime = w, l }(basketWatch, statusLifetime)
	basketWatch, statusLifetime = 0, 0 // the test driver runs commands at once: no ticking
	cli(t, "basket", "clear")
	defer cli(t, "basket", "clear")
	a := &app{corpusDir: corpus, io: stdio{in: strings.NewReader(""), out: os.Stdout, err: os.Stderr}}
	t.Cleanup(a.close)
	_, cat, err := a.open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	m, err := a.explorer(cat.Taxonomy, a.ix, sources, "", nil, "")
	if err != nil {
		t.Fatal(err)
	}
	d := tuitest.Start(t, m, 140, 40)
	d.Send(indexReady(cat, a.ix))
	d.Keys("esc", "space", "b", "e", "enter")
	if got := d.Screen(); !strings.Contains(got, "started in lies in the corpus folder") {
		t.Errorf("e in the corpus's sources:\n%s", got)
	}
	if files, _ := filepath.Glob(filepath.Join(sources, "briefing-*")); len(files) != 0 {
		t.Errorf("e wrote %v into the corpus's sources", files)
	}

	// The library's sources and the corpus folder itself, by the same rule.
	lib := filepath.Join(os.Getenv("CYPX_HOME"), "data", "library", "sources")
	if err := os.MkdirAll(lib, 0o755); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	for dir, want := range map[string]string{lib: "lies in cypx's library of sources", corpus: "lies in the corpus folder"} {
		_, err := exportPack(context.Background(), dir, corpus, export.Pack{Accessed: now}, now, func(write func() error) error { return write() })
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("e in %s: %v, want %q", dir, err, want)
		}
		if files, _ := filepath.Glob(filepath.Join(dir, "briefing-*")); len(files) != 0 {
			for _, f := range files {
				os.Remove(f)
			}
			t.Errorf("e wrote %v into %s", files, dir)
		}
	}
	// Another folder is written as before.
	if _, err := exportPack(context.Background(), t.TempDir(), corpus, export.Pack{Accessed: now}, now, func(write func() error) error { return write() }); err != nil {
		t.Errorf("e in another folder: %v", err)
	}
}
