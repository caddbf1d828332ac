package bench

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/resolve"
)

// BenchmarkExportPack is 'cypx export' of every item of the library (a
// basket of all of them): each item resolved, the disagreements of every
// statistic found for the pack's notes (figures.PackOthers), and the pack
// written as Markdown, on a resolver and link engine made afresh, as each
// run of the command makes them. Run it at the size a briefing pack
// reaches with CYPX_BENCH_SIZES=4k.
func BenchmarkExportPack(b *testing.B) {
	each(b, func(b *testing.B, n int) {
		f := library(b, n)
		res, err := f.ix.Search(context.Background(), index.Request{Limit: n})
		if err != nil || len(res.Hits) == 0 {
			b.Fatal("no items", err)
		}
		ids := make([]string, len(res.Hits))
		for i, h := range res.Hits {
			ids[i] = h.Item.ID
		}
		var buf bytes.Buffer
		b.ReportAllocs()
		for b.Loop() {
			ctx := context.Background()
			r := resolve.New(f.ix, links.New(f.ix, f.cat.Sources, nil))
			all, err := r.ResolveAll(ctx, ids)
			if err != nil {
				b.Fatal(err)
			}
			items := resolve.Items(all)
			others, err := figures.PackOthers(items, func(it evidence.Item) ([]links.Link, error) {
				res, err := r.Figures(ctx, it)
				return res.Links, err
			})
			if err != nil {
				b.Fatal(err)
			}
			buf.Reset()
			if err := (export.Pack{Items: items, Accessed: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Others: others}).WriteMarkdown(&buf); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(ids)), "items")
	})
}
