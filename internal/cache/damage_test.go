package cache_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/damagetest"
	"github.com/cypx/cypx/internal/gen"
	"github.com/cypx/cypx/internal/index"
)

// TestDamageWhileOpenThenRebuild is the explorer's path: searches through
// a Live index get ErrDamaged once a segment is cut short under it, and
// opening again with Rebuild gives a whole index.
func TestDamageWhileOpenThenRebuild(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	gen.Write(dir, 300, 1)
	live := &cache.Live{}
	var warnings []string
	o := cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS, Live: live,
		Warn: func(w string) { warnings = append(warnings, w) }}
	ctx := context.Background()
	if _, _, err := cache.Open(ctx, o); err != nil {
		t.Fatal(err)
	}
	if r, err := live.Search(ctx, index.Request{Query: ""}); err != nil || r.Total != 300 {
		t.Fatalf("before: %d, %v", r.Total, err)
	}
	segs, _ := filepath.Glob(filepath.Join(root, "index-*", "index", "store", "*.zap"))
	for _, f := range segs {
		os.Truncate(f, 0)
	}
	if _, err := live.Search(ctx, index.Request{Query: "children"}); !errors.Is(err, index.ErrDamaged) {
		t.Fatalf("search of a cut index: %v, want ErrDamaged", err)
	}
	live.Release()
	o.Rebuild = true
	_, cat, err := cache.Open(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	defer live.Release()
	if r, err := live.Search(ctx, index.Request{Query: ""}); err != nil || r.Total != 300 || cat.Rebuilt != "built" {
		t.Errorf("after the rebuild: %d items, %v, %s", r.Total, err, cat.Rebuilt)
	}
	// The caller asked for the rebuild and has said why (the explorer's
	// status line, the CLI's warning): the cache adds none of its own,
	// though the cut segment now stops the index from opening at all.
	if len(warnings) != 0 {
		t.Errorf("warnings: %q, want none of the cache's own", warnings)
	}
}

// TestSegmentCutShortBetweenRunsIsRebuilt: bleve opens such an index
// without an error, from an older snapshot or none; the item count gives
// it away, and it is rebuilt rather than searched half empty (or updated
// in place when a source changed too).
func TestSegmentCutShortBetweenRunsIsRebuilt(t *testing.T) {
	for _, edit := range []bool{false, true} {
		dir, root := t.TempDir(), t.TempDir()
		gen.Write(dir, 200, 1)
		ix, _, _ := open(t, root, dir)
		ix.Close()
		segs, _ := filepath.Glob(filepath.Join(root, "index-*", "index", "store", "*.zap"))
		for _, f := range segs {
			info, _ := os.Stat(f)
			os.Truncate(f, info.Size()/3)
		}
		if edit {
			f := filepath.Join(dir, "sources", "gen-000001.md")
			data, _ := os.ReadFile(f)
			os.WriteFile(f, append(data, "\nZebrafish outreach reached 4,000 families across the region last winter.\n"...), 0o644)
		}
		ix, cat, warnings := open(t, root, dir)
		want := 200
		if edit {
			want = 201
		}
		if n, _ := ix.Count(); n != want || cat.Rebuilt != "built" || len(warnings) != 1 || !strings.Contains(warnings[0], "rebuilding") {
			t.Errorf("edit %v: %d items, %s, warnings %q", edit, n, cat.Rebuilt, warnings)
		}
	}
}

// TestDamageInPlaceWhileOpenThenRebuild: bytes of the open segments
// overwritten with their size and time kept (which the file check cannot
// see) make a search ErrDamaged, never a panic or another error; opening
// again with Rebuild gives the whole index's answers, with no warning of
// the cache's own (the caller has said why it rebuilds).
func TestDamageInPlaceWhileOpenThenRebuild(t *testing.T) {
	found := 0
	for seed := int64(1); seed <= 5; seed++ {
		dir, root := t.TempDir(), t.TempDir()
		gen.Write(dir, 300, 1)
		live := &cache.Live{}
		var warnings []string
		o := cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS, Live: live,
			Warn: func(w string) { warnings = append(warnings, w) }}
		ctx := context.Background()
		if _, _, err := cache.Open(ctx, o); err != nil {
			t.Fatal(err)
		}
		want, err := live.Search(ctx, index.Request{Query: "children", Limit: 500})
		if err != nil {
			t.Fatal(err)
		}
		segs, _ := filepath.Glob(filepath.Join(root, "index-*", "index", "store", "*.zap"))
		for i, f := range segs {
			damagetest.FlipBytes(t, f, seed*100+int64(i), 50)
		}
		got, err := live.Search(ctx, index.Request{Query: "children", Limit: 500})
		if err == nil {
			// Damage not read by this search: its answer must be whole.
			if !reflect.DeepEqual(ids(got), ids(want)) {
				t.Errorf("seed %d: a damaged index answered differently without an error", seed)
			}
			live.Release()
			continue
		}
		if !errors.Is(err, index.ErrDamaged) {
			t.Fatalf("seed %d: %v, want ErrDamaged", seed, err)
		}
		found++
		live.Release()
		o.Rebuild = true
		if _, _, err := cache.Open(ctx, o); err != nil {
			t.Fatal(err)
		}
		again, err := live.Search(ctx, index.Request{Query: "children", Limit: 500})
		if err != nil || again.Total != want.Total || !reflect.DeepEqual(ids(again), ids(want)) {
			t.Errorf("seed %d: after the rebuild: %d of %d, %v", seed, again.Total, want.Total, err)
		}
		if len(warnings) != 0 {
			t.Errorf("seed %d: warnings %q, want none of the cache's own", seed, warnings)
		}
		live.Release()
	}
	if found == 0 {
		t.Error("no seed's damage was found")
	}
}

// ids are a result's items, sorted: scores (and so order) depend on how
// the index is cut into segments, which a rebuild changes.
func ids(r index.Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Item.ID+"\x00"+h.Item.Text)
	}
	sort.Strings(out)
	return out
}
