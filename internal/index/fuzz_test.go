package index_test

import (
	"context"
	"errors"
	"sync"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

var (
	fuzzOnce sync.Once
	fuzzIx   *index.Index
)

// FuzzSearch: any query either runs or is refused with a QueryError; it
// never panics, and hits are items with their matched spans inside their text.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"waiting", "waiti", `"social care"`, "+grant -cut", "kind:", "theme:send", `"unbalanced`, "+", "-", "year:>2020", "/re.*gex/", "w~2", "a b c d e f", "*", "\x00", "🙂 Cymraeg ŵ ŷ"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		fuzzOnce.Do(func() {
			c, err := pipeline.Load(bundled.FS, bundled.FS)
			if err != nil {
				panic(err)
			}
			if fuzzIx, err = index.Build(context.Background(), "", c.Items, nil); err != nil {
				panic(err)
			}
		})
		res, err := fuzzIx.Search(context.Background(), index.Request{Query: q, Limit: 20})
		if err != nil {
			var qe *index.QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("query %q: %v is not a QueryError", q, err)
			}
			return
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
