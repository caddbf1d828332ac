package index_test

import (
	"context"
	"os"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// TestPreloadReadsEverySegmentFile: Preload goes over every byte of the
// index's segment files and the index reads as before; an index in memory
// has no file to read ahead; a closed index says so.
func TestPreloadReadsEverySegmentFile(t *testing.T) {
	ix, segs := openOnDisk(t)
	before, err := ix.Search(context.Background(), index.Request{Query: "waiting ", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	n, err := ix.Preload()
	if err != nil {
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
	if n != size {
		t.Errorf("Preload went over %d bytes, the segment files hold %d", n, size)
	}
	after, err := ix.Search(context.Background(), index.Request{Query: "waiting ", Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Hits) == 0 || len(after.Hits) != len(before.Hits) || after.Total != before.Total {
		t.Fatalf("after Preload: %d hits of %d, before %d of %d", len(after.Hits), after.Total, len(before.Hits), before.Total)
	}
	for i := range after.Hits {
		if after.Hits[i].Item.ID != before.Hits[i].Item.ID {
			t.Errorf("hit %d: %s after Preload, %s before", i, after.Hits[i].Item.ID, before.Hits[i].Item.ID)
		}
	}

	mem, err := index.New("")
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	if err := mem.Add(context.Background(), []evidence.Item{{ID: "x#1", Kind: evidence.Excerpt, Text: "a quote"}}, nil); err != nil {
		t.Fatal(err)
	}
	if n, err := mem.Preload(); n != 0 || err != nil {
		t.Errorf("an index in memory: Preload = %d, %v; want 0, nil", n, err)
	}

	ix.Close()
	if n, err := ix.Preload(); err == nil || n != 0 {
		t.Errorf("a closed index: Preload = %d, %v; want an error", n, err)
	}
}
