package links_test

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestPackNotesOfOneSharedMeasureAllocateLittle: the notes of a pack of
// 1,200 statistics of one measure, 120 sources of ten values each for
// 2024, all different (each a class of its own), allocate some kilobytes
// a note, not a record of every class each note disagrees with, and
// count and cite what the pass over every statistic does (links.PerHit).
// Before, each note kept the pairs of every class that disagreed, a map
// of some 1,200 entries, though only its own class's and its links' were
// read: a pack of 3,000 allocated 1.2 GB for them.
func TestPackNotesOfOneSharedMeasureAllocateLittle(t *testing.T) {
	fsys := fstest.MapFS{}
	for s := 0; s < 120; s++ {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: \"Community paediatrics waits %d\"\npublisher: Trust %d Health\ndate: 2024-0%d-01\ntype: report\n---\n\n", s, s, 1+s%9)
		for k := 0; k < 10; k++ {
			fmt.Fprintf(&b, "In 2024, %.1f%% of children waited more than 18 weeks for a first appointment with community paediatrics.\n\n", 10+float64(s*10+k)/20)
		}
		fsys[fmt.Sprintf("sources/waits%03d.md", s)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	c, err := pipeline.Load(fsys, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), filepath.Join(t.TempDir(), "index"), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var pack []evidence.Item
	for _, it := range c.Items {
		if it.Kind == evidence.Statistic && strings.HasPrefix(it.Source.ID, "waits") {
			pack = append(pack, it)
		}
	}
	ctx := context.Background()
	notes, err := links.New(ix, c.Sources, nil).DisagreementsCounted(ctx, pack)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := notes(ctx, pack[0], 5); err != nil { // the measure's search and classes, read once
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	counted := 0
	for _, it := range pack[1:] {
		o, err := notes(ctx, it, 5)
		if err != nil {
			t.Fatal(err)
		}
		if o.Count >= len(pack)-20 {
			counted++
		}
	}
	runtime.ReadMemStats(&after)
	perNote := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(pack)-1)
	if len(pack) != 1200 || counted < len(pack)-1 {
		t.Fatalf("%d statistics, %d noting nearly every other: the test compares too little", len(pack), counted)
	}
	t.Logf("%.0f bytes a note", perNote)
	if perNote > 60_000 {
		t.Errorf("%.0f bytes a note; want at most 60,000", perNote)
	}
	perHit, err := links.PerHit(links.New(ix, c.Sources, nil)).DisagreementsCounted(ctx, pack)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range pack[:40] {
		got, _ := notes(ctx, it, 5)
		want, err := perHit(ctx, it, 5)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: %d others, first %v; per hit %d, first %v (%v)", it.ID, got.Count, ids(got.Links), want.Count, ids(want.Links), err)
		}
	}
}
