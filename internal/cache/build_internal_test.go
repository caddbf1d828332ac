package cache

import (
	"math"
	"os"
	"runtime/debug"
	"slices"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/gen"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// recorder is a feeder that keeps the ids it is given, in order.
type recorder struct {
	ids    []string
	closed bool
}

func (r *recorder) Add(items []evidence.Item) error {
	for _, it := range items {
		r.ids = append(r.ids, it.ID)
	}
	return nil
}

func (r *recorder) Close() error { r.closed = true; return nil }

// TestBuildFeedsItemsInListingOrder: a build that indexes each source as it
// is extracted gives the index the items in the order of all of them sorted
// at once (newest source first, then by id, then document order), which
// searches' ties fall to.
func TestBuildFeedsItemsInListingOrder(t *testing.T) {
	dir := t.TempDir()
	if err := gen.Write(dir, 3000, 4); err != nil {
		t.Fatal(err)
	}
	fsys := os.DirFS(dir)
	c, err := pipeline.Load(fsys, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, it := range index.ListingOrder(c.Items) {
		want = append(want, it.ID)
	}
	files, err := pipeline.ListFiles(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var rec recorder
	x, err := indexFiles(Options{FS: fsys, thesaurus: c.Thesaurus}, &rec, files, c.Taxonomy, nil)
	if err != nil || !rec.closed {
		t.Fatalf("err %v, closed %v", err, rec.closed)
	}
	if !slices.Equal(rec.ids, want) {
		t.Errorf("items fed in another order than the listing's: %d items, first differing at %d", len(rec.ids), firstDiff(rec.ids, want))
	}
	if len(x.sources) != len(c.Sources) {
		t.Errorf("%d sources recorded, want %d", len(x.sources), len(c.Sources))
	}
}

func firstDiff(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// limitSeer is a feeder that notes the memory limit the build runs under.
type limitSeer struct{ seen int64 }

func (l *limitSeer) Add([]evidence.Item) error { l.seen = debug.SetMemoryLimit(-1); return nil }
func (l *limitSeer) Close() error              { return nil }

// TestBuildRunsUnderTheMemoryLimit: a build run by a process that set no
// limit of its own (the explorer's, a test's, another program's, not only
// the CLI's) indexes under MemoryLimit, and the process gets its own limit
// back at the end; a lower limit of the process's own is kept.
func TestBuildRunsUnderTheMemoryLimit(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	dir := t.TempDir()
	if err := gen.Write(dir, 50, 2); err != nil {
		t.Fatal(err)
	}
	fsys := os.DirFS(dir)
	tax, _, err := pipeline.LoadTaxonomy(fsys, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	files, err := pipeline.ListFiles(fsys)
	if err != nil {
		t.Fatal(err)
	}
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	for _, c := range []struct{ own, during int64 }{{math.MaxInt64, MemoryLimit}, {100 << 20, 100 << 20}} {
		debug.SetMemoryLimit(c.own)
		var l limitSeer
		if _, err := indexFiles(Options{FS: fsys}, &l, files, tax, nil); err != nil {
			t.Fatal(err)
		}
		if l.seen != c.during {
			t.Errorf("process limit %d: the build ran under %d, want %d", c.own, l.seen, c.during)
		}
		if after := debug.SetMemoryLimit(-1); after != c.own {
			t.Errorf("process limit %d: %d after the build", c.own, after)
		}
	}
}
