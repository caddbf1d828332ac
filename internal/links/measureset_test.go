package links_test

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/gen"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// generatedLibrary is gen's library of n items from seed, indexed on disk
// and opened read-only, as the cache gives an index to cypx.
func generatedLibrary(t *testing.T, n int, seed uint64) ([]evidence.Item, []evidence.Source, *index.Index) {
	t.Helper()
	dir := t.TempDir()
	if err := gen.Write(filepath.Join(dir, "lib"), n, seed); err != nil {
		t.Fatal(err)
	}
	c, err := pipeline.Load(os.DirFS(filepath.Join(dir, "lib")), bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	built, err := index.Build(context.Background(), filepath.Join(dir, "index"), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	built.Close()
	ix, err := index.Open(filepath.Join(dir, "index"), true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return c.Items, c.Sources, ix
}

// The links For and Figures make through an engine's measure sets, and
// reading only the candidates' terms judge weighs, are the links they
// made before, searching and admitting each measure page for each item and
// reading every candidate's terms: every link, its order, score and
// reason, on generated libraries, the many-measures library and the
// bundled corpora, each item asked twice (the second from the sets).
func TestMeasureSetsLinkAsBefore(t *testing.T) {
	type library struct {
		items   []evidence.Item
		sources []evidence.Source
		ix      *index.Index
	}
	libs := map[string]library{}
	for _, seed := range []uint64{1, 7} {
		items, sources, ix := generatedLibrary(t, 3000, seed)
		libs[fmt.Sprintf("gen-%d", seed)] = library{items, sources, ix}
	}
	items, sources, ix := manyMeasuresLibrary(t)
	libs["many-measures"] = library{items, sources, ix}
	for _, name := range []string{"bundled", "figures"} {
		var fsys fs.FS = bundled.FS
		if name == "figures" {
			fsys = os.DirFS(filepath.Join("..", "quality", "testdata", "figures"))
		}
		c, err := pipeline.Load(fsys, bundled.FS)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		built, err := index.Build(context.Background(), filepath.Join(dir, "index"), c.Items, nil)
		if err != nil {
			t.Fatal(err)
		}
		built.Close()
		ix, err := index.Open(filepath.Join(dir, "index"), true)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ix.Close() })
		libs[name] = library{c.Items, c.Sources, ix}
	}
	ctx := context.Background()
	for name, lib := range libs {
		before := links.AsBefore(links.New(lib.ix, lib.sources, nil))
		after := links.New(lib.ix, lib.sources, nil)
		stats, linked, recs, recLinked := 0, 0, 0, 0
		for pass := 0; pass < 2; pass++ {
			for i, it := range lib.items {
				if len(lib.items) > 1000 && i%7 != 0 {
					continue
				}
				for _, f := range []struct {
					name string
					of   func(*links.Engine) ([]links.Link, error)
				}{
					{"For", func(e *links.Engine) ([]links.Link, error) { return e.For(ctx, it) }},
					{"Figures", func(e *links.Engine) ([]links.Link, error) { return e.Figures(ctx, it) }},
				} {
					want, err := f.of(before)
					if err != nil {
						t.Fatal(err)
					}
					got, err := f.of(after)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%s, pass %d: %s of %s: %d links through the sets, %d before:\n%s\nbefore:\n%s", name, pass, f.name, it.ID,
							len(got), len(want), measureLinkList(got), measureLinkList(want))
					}
					if pass == 0 && f.name == "For" && it.Kind == evidence.Statistic {
						stats++
						linked += len(got)
					}
					if pass == 0 && f.name == "For" && it.Kind == evidence.Recommendation {
						recs++
						recLinked += len(got)
					}
				}
			}
		}
		if stats == 0 || linked == 0 {
			t.Errorf("%s: %d statistics, %d links: nothing compared", name, stats, linked)
		}
		t.Logf("%s: %d statistics, %d links, %d recommendations, %d links, each the same", name, stats, linked, recs, recLinked)
	}
}

// measureLinkList is links one a line, for a failure's message.
func measureLinkList(ls []links.Link) string {
	s := ""
	for _, l := range ls {
		s += fmt.Sprintf("  %s %s %.2f %s\n", l.Type, l.Item.ID, l.Score, l.Reason)
	}
	return s
}
