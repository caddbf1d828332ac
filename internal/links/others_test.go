package links_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestOthersAreOneValueForEveryView: an item's other values (links.Others)
// are one value whichever view asks: the explorer's warning takes them
// from the item's links (OthersOf over For's, the linked view's, and over
// Figures', the comparison table's), a pack's note from
// DisagreementsCounted for the pack's statistics at once, and every one
// of them gives the same links, in the same order, and the same count,
// for packs of many measures and of shared measures, whole or in part,
// and for the bundled corpus. Before, the warning and the note each found
// the links of type disagrees by a rule of their own, and a test held only
// the note's first five and its count to the pairwise links.
func TestOthersAreOneValueForEveryView(t *testing.T) {
	key := func(o links.Others) string {
		var b strings.Builder
		for _, l := range o.Links {
			b.WriteString(l.Item.ID + " " + l.Compared.Figure.Text + " / " + l.Compared.Other.Text + "\n")
		}
		return b.String()
	}
	check := func(t *testing.T, sources []evidence.Source, ix links.Searcher, pack []evidence.Item) (with int) {
		ctx := context.Background()
		e := links.New(ix, sources, nil)
		count, err := links.New(ix, sources, nil).DisagreementsCounted(ctx, pack)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range pack {
			note, err := count(ctx, it, links.AllOthers)
			if err != nil {
				t.Fatal(err)
			}
			five, err := count(ctx, it, 5)
			if err != nil {
				t.Fatal(err)
			}
			fig, err := e.Figures(ctx, it)
			if err != nil {
				t.Fatal(err)
			}
			table := links.OthersOf(fig, links.AllOthers)
			if note.Count != len(note.Links) || key(note) != key(table) || note.Count != table.Count {
				t.Fatalf("%s: the pack's note has %d others:\n%s\nthe comparison table's %d:\n%s", it.ID, note.Count, key(note), table.Count, key(table))
			}
			if first := links.OthersOf(note.Links, 5); five.Count != note.Count || key(five) != key(first) {
				t.Fatalf("%s: the first five of %d others:\n%s\nwant\n%s", it.ID, five.Count, key(five), key(first))
			}
			if it.Kind == evidence.Statistic {
				lin, err := e.For(ctx, it)
				if err != nil {
					t.Fatal(err)
				}
				// The linked view's links, ranked among every kind of
				// link: the same others, in the same order.
				linked := links.OthersOf(lin, links.AllOthers)
				if linked.Count != note.Count || key(linked) != key(note) {
					t.Fatalf("%s: the linked view's %d others:\n%s\nthe note's %d:\n%s", it.ID, linked.Count, key(linked), note.Count, key(note))
				}
			}
			if note.Count > 0 {
				with++
			}
		}
		return with
	}
	for _, lib := range []struct {
		name string
		make func(*testing.T) ([]evidence.Item, []evidence.Source, *index.Index)
	}{{"many measures", manyMeasuresLibrary}, {"shared measures", sharedMeasureLibrary}} {
		t.Run(lib.name, func(t *testing.T) {
			items, sources, ix := lib.make(t)
			var stats []evidence.Item
			for _, it := range items {
				if it.Kind == evidence.Statistic && strings.HasPrefix(it.Source.ID, "rep") {
					stats = append(stats, it)
				}
			}
			with := check(t, sources, ix, stats)
			check(t, sources, ix, stats[:9])
			if with < len(stats)/3 {
				t.Fatalf("%d of %d statistics with other values: the library tests little", with, len(stats))
			}
		})
	}
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	bix, err := index.Build(context.Background(), filepath.Join(t.TempDir(), "bundled"), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer bix.Close()
	check(t, c.Sources, bix, c.Items)
}
