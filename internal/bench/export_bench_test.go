package bench

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"

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
		b.ReportAllocs()
		for b.Loop() {
			exportPack(b, f.ix, f.cat.Sources, ids)
		}
		b.ReportMetric(float64(len(ids)), "items")
	})
}

// BenchmarkExportSharedMeasure is 'cypx export' of the statistics of one
// measure, each in its own report beside 4,000 generated items: shared
// statistics of "children waiting more than 18 weeks for a first
// appointment" in 2023/24, 50 to a source, values differing, so each
// disagrees with most of the others. Every statistic's measure search
// finds all of them.
func BenchmarkExportSharedMeasure(b *testing.B) {
	for _, shared := range []int{250, 500, 1000} {
		b.Run(strconv.Itoa(shared), func(b *testing.B) {
			dir := corpusDir(b, 4000)
			own := filepath.Join(os.TempDir(), fmt.Sprintf("cypx-bench-shared-%d", shared))
			if _, err := os.Stat(filepath.Join(own, "done")); err != nil {
				os.RemoveAll(own)
				if err := os.CopyFS(own, os.DirFS(dir)); err != nil {
					b.Fatal(err)
				}
				for s := 0; s*50 < shared; s++ {
					var body strings.Builder
					fmt.Fprintf(&body, "---\ntitle: \"Waiting times survey %d\"\npublisher: Trust %d\ndate: 2024-%02d-01\ntype: report\n---\n## Findings\n\n", s, s, 1+s%9)
					for j := 0; j < min(50, shared-s*50); j++ {
						fmt.Fprintf(&body, "In 2023/24, %d%% of children in the trust's area %d waited more than 18 weeks for a first appointment.\n\n", 10+(s*50+j)%80, j)
					}
					if err := os.WriteFile(filepath.Join(own, "sources", fmt.Sprintf("shared-%03d.md", s)), []byte(body.String()), 0o644); err != nil {
						b.Fatal(err)
					}
				}
				os.WriteFile(filepath.Join(own, "done"), nil, 0o644)
			}
			ix, cat, err := cache.Open(context.Background(), cache.Options{Root: cacheRoot(), Name: own, FS: os.DirFS(own), Fallback: bundled.FS})
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			res, err := ix.Search(context.Background(), index.Request{Query: `"first appointment"`, Limit: shared})
			if err != nil || len(res.Hits) != shared {
				b.Fatalf("%d shared statistics found, want %d (%v)", len(res.Hits), shared, err)
			}
			ids := make([]string, len(res.Hits))
			for i, h := range res.Hits {
				ids[i] = h.Item.ID
			}
			notes := 0
			b.ReportAllocs()
			for b.Loop() {
				notes = exportPack(b, ix, cat.Sources, ids)
			}
			b.ReportMetric(float64(notes), "notes")
		})
	}
}

// exportPack resolves the items of ids, finds the disagreements of each
// statistic for the pack's notes and writes the pack, as 'cypx export'
// does; it returns how many notes the pack holds.
func exportPack(b *testing.B, ix *index.Index, sources []evidence.Source, ids []string) int {
	ctx := context.Background()
	r := resolve.New(ix, links.New(ix, sources, nil))
	all, err := r.ResolveAll(ctx, ids)
	if err != nil {
		b.Fatal(err)
	}
	items := resolve.Items(all)
	disagreements, err := r.DisagreementsOf(ctx, items)
	if err != nil {
		b.Fatal(err)
	}
	others, more, err := figures.PackOthers(items, disagreements, nil)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := (export.Pack{Items: items, Accessed: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Others: others, OthersMore: more}).WriteMarkdown(&buf); err != nil {
		b.Fatal(err)
	}
	n := 0
	for id, o := range others {
		n += len(o) + more[id]
	}
	return n
}
