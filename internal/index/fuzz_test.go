package index_test

import (
	"context"
	"errors"
	"math"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

var (
	fuzzOnce sync.Once
	fuzzIx   *index.Index // in memory: bleve counts the facets
	fuzzRO   *index.Index // on disk, read-only: searched in one pass with the facet table
	fuzzRef  *index.Index // the same files, read-only, searched by bleve alone
)

// FuzzSearch: any query either runs or is refused with a QueryError; it
// never panics, hits are items with their matched spans inside their text,
// and a cached index (its facets counted from the facet table) finds the
// same total and facets as bleve does, and the same page as bleve finds in
// the same files.
func FuzzSearch(f *testing.F) {
	dir := f.TempDir()
	for _, q := range []string{"waiting", "waiti", "referrals", `"region north"`, "north referr", `"social care"`, "+grant -cut", "kind:", "theme:send", `"unbalanced`, "+", "-", "year:>2020", "/re.*gex/", "w~2", "a b c d e f", "*", "\x00", "🙂 Cymraeg ŵ ŷ"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		fuzzOnce.Do(func() {
			c, err := pipeline.Load(bundled.FS, bundled.FS)
			if err != nil {
				panic(err)
			}
			// Rows of a table, found by their header too.
			c.Items = append(c.Items, tableItems()...)
			if fuzzIx, err = index.Build(context.Background(), "", c.Items, nil); err != nil {
				panic(err)
			}
			path := filepath.Join(dir, "index")
			built, err := index.Build(context.Background(), path, c.Items, nil)
			if err != nil {
				panic(err)
			}
			built.Close()
			if fuzzRO, err = index.Open(path, true); err != nil {
				panic(err)
			}
			if fuzzRef, err = index.Open(path, true); err != nil {
				panic(err)
			}
			index.BleveOnly(fuzzRef)
		})
		res, err := fuzzIx.Search(context.Background(), index.Request{Query: q, Limit: 20, Facets: true, Matches: true})
		cached, cerr := fuzzRO.Search(context.Background(), index.Request{Query: q, Limit: 20, Facets: true, Matches: true})
		if (err == nil) != (cerr == nil) {
			t.Fatalf("query %q: in memory %v, cached %v", q, err, cerr)
		}
		if err != nil {
			var qe *index.QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("query %q: %v is not a QueryError", q, err)
			}
			return
		}
		ref, rerr := fuzzRef.Search(context.Background(), index.Request{Query: q, Limit: 20, Facets: true, Matches: true})
		if rerr != nil {
			t.Fatalf("query %q: bleve alone: %v", q, rerr)
		}
		if len(ref.Hits) != len(cached.Hits) {
			t.Fatalf("query %q: %d hits, bleve alone %d", q, len(cached.Hits), len(ref.Hits))
		}
		for i := range ref.Hits {
			a, b := cached.Hits[i], ref.Hits[i]
			// A zero boost ("word^0") scores NaN in both.
			if a.Item.ID != b.Item.ID || a.Score != b.Score && !(math.IsNaN(a.Score) && math.IsNaN(b.Score)) {
				t.Fatalf("query %q: hit %d is %s (score %v), bleve alone %s (%v)", q, i, a.Item.ID, a.Score, b.Item.ID, b.Score)
			}
		}
		if cached.Total != res.Total {
			t.Fatalf("query %q: cached total %d, in memory %d", q, cached.Total, res.Total)
		}
		for field, want := range res.Facets {
			if got := cached.Facets[field]; (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
				t.Fatalf("query %q: cached %s facet %v, in memory %v", q, field, got, want)
			}
		}
		for _, h := range res.Hits {
			for _, m := range h.Matches {
				if m.Start < 0 || m.End > len(h.Item.Text) || m.Start >= m.End {
					t.Fatalf("span %+v outside %q", m, h.Item.Text)
				}
			}
		}
	})
}
