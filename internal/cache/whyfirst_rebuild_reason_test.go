package cache_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/gen"
)

// TestRebuildSaysWhyBeforeItsProgress: a cached index whose segment fails
// its checksum is rebuilt, and the warning saying why ("… fails its
// checksum …: rebuilding") comes before the rebuild's first progress
// report, so a user reads why before what. Before, it was told once the
// rebuild had worked, after every progress line (hostile check 49).
func TestRebuildSaysWhyBeforeItsProgress(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 300, 1); err != nil {
		t.Fatal(err)
	}
	o := cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS}
	if n, w := openCounting(t, o); n == 0 || len(w) > 0 {
		t.Fatalf("first build: %d items, warnings %q", n, w)
	}
	segs, _ := filepath.Glob(filepath.Join(root, "index-*", "index", "store", "*.zap"))
	if len(segs) == 0 {
		t.Fatal("no segment in the cache")
	}
	b, err := os.ReadFile(segs[0])
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)-1] ^= 0xff // the recorded checksum no longer holds
	if err := os.WriteFile(segs[0], b, 0o644); err != nil {
		t.Fatal(err)
	}
	var events []string
	o.Warn = func(w string) { events = append(events, "warning: "+w) }
	o.Progress = func(done, total int) { events = append(events, "progress") }
	o.Reading = func(done, total int64) { events = append(events, "progress") }
	ix, _, err := cache.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	warned, progressed := -1, -1
	for i, e := range events {
		if strings.HasPrefix(e, "warning: ") && strings.Contains(e, "checksum") && strings.HasSuffix(e, ": rebuilding") && warned < 0 {
			warned = i
		}
		if e == "progress" && progressed < 0 {
			progressed = i
		}
	}
	if warned >= 0 {
		t.Log(events[warned])
	}
	if warned < 0 || progressed < 0 || warned > progressed {
		t.Errorf("want the checksum's warning before the rebuild's first progress report: warning at %d, progress at %d, events %q…", warned, progressed, events[:min(len(events), 4)])
	}
}
