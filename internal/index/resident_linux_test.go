package index_test

import (
	"bufio"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestBoundMappedGivesBackSegmentPages: a segment file read whole
// (Preload) is resident in the process; under BoundMapped with a limit
// the process is over, its pages are given back within moments, and the
// index answers as before (the pages are read again from the file).
func TestBoundMappedGivesBackSegmentPages(t *testing.T) {
	ix, segs := openOnDisk(t)
	ctx := context.Background()
	before, err := ix.Search(ctx, index.Request{Query: "waiting ", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Preload(); err != nil {
		t.Fatal(err)
	}
	var size int64
	for _, s := range segs {
		info, err := os.Stat(s)
		if err != nil {
			t.Fatal(err)
		}
		size += info.Size()
	}
	if held := mappedResident(t, segs); held < size/2 {
		t.Fatalf("after Preload %d of the segments' %d bytes are resident: the test cannot see them given back", held, size)
	}
	ix.BoundMapped(0)
	deadline := time.Now().Add(5 * time.Second)
	held := mappedResident(t, segs)
	for held > size/8 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		held = mappedResident(t, segs)
	}
	if held > size/8 {
		t.Errorf("under BoundMapped(0), %d of the segments' %d bytes are still resident after 5 s", held, size)
	}
	after, err := ix.Search(ctx, index.Request{Query: "waiting ", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if after.Total != before.Total || len(after.Hits) != len(before.Hits) || len(after.Hits) == 0 {
		t.Fatalf("after the pages were given back: %d hits of %d, before %d of %d", len(after.Hits), after.Total, len(before.Hits), before.Total)
	}
	for i := range after.Hits {
		if after.Hits[i].Item.ID != before.Hits[i].Item.ID || after.Hits[i].Item.Text != before.Hits[i].Item.Text {
			t.Errorf("hit %d: %s after, %s before", i, after.Hits[i].Item.ID, before.Hits[i].Item.ID)
		}
	}
	if err := ix.Close(); err != nil { // stops the bound's watch
		t.Fatal(err)
	}
}

// mappedResident is the bytes of the named files' mappings resident in
// this process, from /proc/self/smaps.
func mappedResident(t *testing.T, files []string) int64 {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	want := map[string]bool{}
	for _, s := range files {
		want[s] = true
	}
	var n int64
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":"):
			in = len(fields) >= 6 && want[fields[5]]
		case in && len(fields) == 3 && fields[0] == "Rss:":
			kb, err := strconv.ParseInt(fields[1], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			n += kb << 10
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestBuildUnderBoundMappedAnswersAsWithout: a build whose segment pages
// are given back all the time (a limit of 0), while its batches land and
// while it merges into one segment, answers every query as a build without
// the bound: the pages read again are the files' own.
func TestBuildUnderBoundMappedAnswersAsWithout(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	defer index.LookMappedEvery(time.Millisecond)()
	build := func(bound bool) *index.Index {
		path := t.TempDir() + "/index"
		ix, err := index.New(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		if bound {
			ix.BoundMapped(0)
		}
		if err := ix.Consume(ctx, index.ListingOrder(c.Items), nil); err != nil {
			t.Fatal(err)
		}
		if err := ix.Compact(ctx, true); err != nil {
			t.Fatal(err)
		}
		return ix
	}
	plain, bounded := build(false), build(true)
	for _, q := range []string{"waiting ", "children young people ", "waiti", `"social care" `, ""} {
		want, err := plain.Search(ctx, index.Request{Query: q, Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		got, err := bounded.Search(ctx, index.Request{Query: q, Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
			t.Fatalf("%q: %d hits of %d under the bound, %d of %d without", q, len(got.Hits), got.Total, len(want.Hits), want.Total)
		}
		scores := map[string]float64{}
		for _, h := range want.Hits {
			scores[h.Item.ID+"\x00"+h.Item.Text] = h.Score
		}
		for _, h := range got.Hits {
			if s, ok := scores[h.Item.ID+"\x00"+h.Item.Text]; !ok || s != h.Score {
				t.Errorf("%q: hit %s (score %v) under the bound is not one without it (score %v, found %v)", q, h.Item.ID, h.Score, s, ok)
			}
		}
	}
}
