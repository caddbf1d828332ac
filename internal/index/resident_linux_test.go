package index_test

import (
	"bufio"
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/index"
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
