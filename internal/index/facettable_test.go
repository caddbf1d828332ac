package index_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/gen"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// generatedItems are the bundled corpus's items and 3,000 generated ones.
func generatedItems(t *testing.T) []evidence.Item {
	t.Helper()
	dir := t.TempDir()
	if err := gen.Write(dir, 3000, 7); err != nil {
		t.Fatal(err)
	}
	c, err := pipeline.Load(os.DirFS(dir), bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	b, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	return append(c.Items, b.Items...)
}

// facetRequests cover the facet paths: the main search's facets, facets
// without their own filter, every value of chosen fields, and facets alone.
var facetRequests = []index.Request{
	{},
	{Query: "waiting "},
	{Query: "wai"},
	{Query: "children young people "},
	{Query: "waiting", Themes: []string{"waiting-lists"}},
	{Query: "services", Kinds: []evidence.Kind{evidence.Statistic}, Themes: []string{"workforce", "funding"}},
	{Query: "kind:recommendation"},
	{Query: "zzzznothing "},
	{FacetFields: []string{index.FieldPublisher, index.FieldTheme}},
	{Query: "mental health", FacetsOnly: true},
	{Themes: []string{"transitions"}, FacetFields: []string{index.FieldSource}, FacetsOnly: true},
}

// sameFacets checks that two indexes of the same items count alike.
func sameFacets(t *testing.T, got, want *index.Index) {
	t.Helper()
	ctx := context.Background()
	for _, r := range facetRequests {
		g, err := got.Search(ctx, r)
		if err != nil {
			t.Fatalf("%+v: %v", r, err)
		}
		w, err := want.Search(ctx, r)
		if err != nil {
			t.Fatalf("%+v: %v", r, err)
		}
		if g.Total != w.Total {
			t.Errorf("%+v: total %d, bleve counts %d", r, g.Total, w.Total)
		}
		if len(g.Facets) != len(w.Facets) {
			t.Errorf("%+v: facets for %d fields, bleve %d", r, len(g.Facets), len(w.Facets))
		}
		for field, wf := range w.Facets {
			gf := g.Facets[field]
			if len(gf) == 0 && len(wf) == 0 {
				continue
			}
			if !reflect.DeepEqual(gf, wf) {
				t.Errorf("%+v: %s facet differs:\n got %v\nwant %v", r, field, head(gf), head(wf))
			}
		}
	}
}

func head(fc []index.FacetCount) []index.FacetCount {
	return fc[:min(len(fc), 6)]
}

// readOnlyAndReference builds the items on disk and in memory; the copy on
// disk is reopened read-only, the way a cached index is used.
func readOnlyAndReference(t *testing.T, items []evidence.Item) (path string, ro, ref *index.Index) {
	t.Helper()
	ctx := context.Background()
	path = filepath.Join(t.TempDir(), "index")
	built, err := index.Build(ctx, path, items, nil)
	if err != nil {
		t.Fatal(err)
	}
	built.Close()
	if ro, err = index.Open(path, true); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() })
	if ref, err = index.Build(ctx, "", items, nil); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ref.Close() })
	return path, ro, ref
}

func TestFacetTableCountsAsBleveDoes(t *testing.T) {
	items := generatedItems(t)
	path, ro, ref := readOnlyAndReference(t, items)
	sameFacets(t, ro, ref)
	// The table was built and saved for the next start, which reads it.
	table := filepath.Join(path, index.FacetTableFile)
	info, err := os.Stat(table)
	if err != nil {
		t.Fatalf("no facet table saved: %v", err)
	}
	ro.Close()
	again, err := index.Open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	sameFacets(t, again, ref)
	if after, _ := os.Stat(table); !after.ModTime().Equal(info.ModTime()) {
		t.Error("the saved table was not used: it was written again")
	}
}

func TestDamagedFacetTableIsRebuilt(t *testing.T) {
	items := generatedItems(t)
	path, ro, ref := readOnlyAndReference(t, items)
	sameFacets(t, ro, ref) // saves the table
	ro.Close()
	table := filepath.Join(path, index.FacetTableFile)
	good, err := os.ReadFile(table)
	if err != nil {
		t.Fatal(err)
	}
	flipped := append([]byte(nil), good...)
	for i := len(flipped) / 2; i < len(flipped); i += 97 {
		flipped[i] ^= 0xff
	}
	for name, data := range map[string][]byte{
		"truncated":   good[:len(good)/2],
		"empty":       nil,
		"other magic": append([]byte("cypx facets 0\n"), good[14:]...),
		"flipped":     flipped,
		"trailing":    append(append([]byte(nil), good...), 1, 2, 3),
	} {
		t.Run(name, func(t *testing.T) {
			if err := os.WriteFile(table, data, 0o644); err != nil {
				t.Fatal(err)
			}
			ix, err := index.Open(path, true)
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			sameFacets(t, ix, ref)
		})
	}
}

func TestFacetTableFollowsAnUpdatedIndex(t *testing.T) {
	items := generatedItems(t)
	path, ro, _ := readOnlyAndReference(t, items)
	ctx := context.Background()
	if _, err := ro.Search(ctx, index.Request{Query: "waiting"}); err != nil {
		t.Fatal(err)
	}
	ro.Close() // the table is saved for these segments
	// Drop the first 500 items and add the bundled corpus's again under
	// the same ids: new segments, other document numbers.
	w, err := index.Open(path, false)
	if err != nil {
		t.Fatal(err)
	}
	var gone []string
	for _, it := range items[:500] {
		gone = append(gone, it.ID)
	}
	if err := w.Delete(gone); err != nil {
		t.Fatal(err)
	}
	if err := w.Add(ctx, items[len(items)-100:], nil); err != nil {
		t.Fatal(err)
	}
	w.Close()
	ix, err := index.Open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ref, err := index.Build(ctx, "", items[500:], nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	sameFacets(t, ix, ref)
}
