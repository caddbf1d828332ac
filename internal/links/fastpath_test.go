package links_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
	"github.com/cypx/cypx/internal/pipeline"
)

// figureCorpora are the corpora the figure comparisons are checked on:
// the bundled corpus and the figures development set, each indexed on
// disk and opened read-only, as the cache gives an index to cypx.
func figureCorpora(t *testing.T) map[string]struct {
	ix    *index.Index
	items []evidence.Item
	e     *links.Engine
} {
	t.Helper()
	out := map[string]struct {
		ix    *index.Index
		items []evidence.Item
		e     *links.Engine
	}{}
	for name, fsys := range map[string]func() (*pipeline.Corpus, error){
		"bundled": func() (*pipeline.Corpus, error) { return pipeline.Load(bundled.FS, bundled.FS) },
		"figures": func() (*pipeline.Corpus, error) {
			return pipeline.Load(os.DirFS(filepath.Join("..", "quality", "testdata", "figures")), bundled.FS)
		},
	} {
		c, err := fsys()
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
		out[name] = struct {
			ix    *index.Index
			items []evidence.Item
			e     *links.Engine
		}{ix, c.Items, links.New(ix, c.Sources, nil)}
	}
	return out
}

// TestMeasuresFindEveryMatch checks the bound the measure search rests on:
// for every figure, searching its measure key finds every other statistic
// with a figure measure.Match pairs with it (under the looser relation, one
// study), found by comparing every pair of figures in the corpus.
func TestMeasuresFindEveryMatch(t *testing.T) {
	for name, c := range figureCorpora(t) {
		pairs := 0
		for _, a := range c.items {
			for _, f := range a.Figures {
				if a.Kind != evidence.Statistic || f.Key == "" {
					continue
				}
				res, err := c.ix.Search(context.Background(), index.Request{Measures: []string{f.Key}, Kinds: []evidence.Kind{evidence.Statistic}, Limit: 100000})
				if err != nil {
					t.Fatal(err)
				}
				found := map[string]bool{}
				for _, h := range res.Hits {
					found[h.Item.ID] = true
				}
				for _, b := range c.items {
					for _, g := range b.Figures {
						if b.Kind != evidence.Statistic || b.ID == a.ID || g.Key == "" ||
							!measure.Match(measure.ParseKey(f.Key), measure.ParseKey(g.Key), measure.SameStudy) {
							continue
						}
						pairs++
						if !found[b.ID] {
							t.Errorf("%s: the measure search for %s (%q) misses %s (%q)", name, a.ID, f.Key, b.ID, g.Key)
						}
					}
				}
			}
		}
		if pairs == 0 {
			t.Errorf("%s: no pair of figures of one measure: the check checked nothing", name)
		}
		t.Logf("%s: %d pairs of figures of one measure, each found", name, pairs)
	}
}

// comparing keeps the links that compare figures, as the comparison table
// reads them, written "type item@figure@other" and sorted.
func comparing(ls []links.Link) []string {
	var out []string
	for _, l := range ls {
		switch l.Type {
		case links.SameFinding, links.PrimarySource, links.Disagrees, links.Trend:
			if l.Compared != nil {
				out = append(out, fmt.Sprintf("%s %s@%d@%d", l.Type, l.Item.ID, l.Compared.Figure.Offset, l.Compared.Other.Offset))
			}
		}
	}
	sort.Strings(out)
	return out
}

// rows writes a comparison table's rows in order.
func rows(t figures.Table, ok bool) []string {
	if !ok {
		return nil
	}
	var out []string
	for _, r := range t.Rows {
		out = append(out, fmt.Sprintf("%s@%d %s secondary=%v disagrees=%v", r.Item.ID, r.Figure.Offset, r.Link, r.Secondary, r.Disagrees))
	}
	return out
}

// TestFiguresIsForsComparisons checks the comparison table's fast path
// against the full link search: for every statistic of both corpora,
// Figures gives the same figure links as For, and the tables made from
// them are the same rows in the same order.
func TestFiguresIsForsComparisons(t *testing.T) {
	ctx := context.Background()
	for name, c := range figureCorpora(t) {
		stats, tables, links := 0, 0, 0
		for _, it := range c.items {
			if it.Kind != evidence.Statistic {
				continue
			}
			stats++
			full, err := c.e.For(ctx, it)
			if err != nil {
				t.Fatal(err)
			}
			fast, err := c.e.Figures(ctx, it)
			if err != nil {
				t.Fatal(err)
			}
			want, got := comparing(full), comparing(fast)
			links += len(want)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: %s: Figures gives\n\t%v\nFor gives\n\t%v", name, it.ID, got, want)
				continue
			}
			for fig := -1; fig < len(it.Figures); fig++ {
				wt, wok := figures.ForItem(it, fig, full, nil, nil, c.e.Relation)
				gt, gok := figures.ForItem(it, fig, fast, nil, nil, c.e.Relation)
				if fmt.Sprint(rows(gt, gok)) != fmt.Sprint(rows(wt, wok)) {
					t.Errorf("%s: %s figure %d: the table from Figures\n\t%v\nfrom For\n\t%v", name, it.ID, fig, rows(gt, gok), rows(wt, wok))
				}
				if wok && fig == -1 {
					tables++
				}
			}
		}
		if tables == 0 || links == 0 {
			t.Errorf("%s: no statistic has a comparison table: the check checked nothing", name)
		}
		t.Logf("%s: %d statistics, %d figure links and %d tables, the same both ways", name, stats, links, tables)
	}
}
