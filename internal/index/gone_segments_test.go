package index_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/cypx/cypx/internal/index"
)

// TestSegmentGoneIsDamageInOneLine: an index whose segment file was
// deleted opens as ErrDamaged, said on one line in cypx's words: bleve's
// complaint about the snapshot it could not load ("unable to load
// snapshot … continuing") is not passed on as a warning of its own, and
// the error holds neither bleve's mapping error ("error parsing mapping
// JSON … \nmapping contents:\n") nor a line break. Before: two warnings,
// bleve's log line and "the cached index could not be opened (error
// parsing mapping JSON: unexpected end of JSON input\nmapping
// contents:\n)", the \n printed literally.
func TestSegmentGoneIsDamageInOneLine(t *testing.T) {
	ix, segs := openOnDisk(t)
	ix.Close()
	var mu sync.Mutex
	var logged []string
	index.SetLog(func(line string) { mu.Lock(); logged = append(logged, line); mu.Unlock() })
	defer index.SetLog(nil)
	for _, f := range segs {
		os.Remove(f)
	}
	again, err := index.Open(filepath.Dir(filepath.Dir(segs[0])), true)
	if err == nil {
		again.Close()
		t.Fatal("an index with its segment gone opened")
	}
	if !errors.Is(err, index.ErrDamaged) || strings.ContainsAny(err.Error(), "\n\\") || strings.Contains(err.Error(), "mapping") || strings.Contains(err.Error(), "snapshot") {
		t.Errorf("opening it: %q, want the index damaged in cypx's words, on one line", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(logged) != 0 {
		t.Errorf("bleve's log passed on: %q", logged)
	}
}
