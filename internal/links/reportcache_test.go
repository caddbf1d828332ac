package links_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// countingSearcher counts the searches for whole reports (sources named,
// nothing else asked) that reach the index.
type countingSearcher struct {
	links.Searcher
	mu      sync.Mutex
	reports map[string]int
}

func (c *countingSearcher) Search(ctx context.Context, r index.Request) (index.Result, error) {
	if len(r.Sources) > 0 && r.Query == "" && r.Like == "" && len(r.Values) == 0 && len(r.Kinds) == 0 {
		c.mu.Lock()
		c.reports[strings.Join(r.Sources, ",")]++
		c.mu.Unlock()
	}
	return c.Searcher.Search(ctx, r)
}

// TestReportsAreReadOnceAnEngine: the items of a report that coverage
// covers are searched for and read once for every item covering it, not
// once an item and again for its figures: an export of 4,000 items spent
// half its time reading the same reports (BenchmarkExportPack). The links
// found are those a fresh engine finds for each item alone.
func TestReportsAreReadOnceAnEngine(t *testing.T) {
	ctx := context.Background()
	corpus, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	built, err := index.Build(ctx, filepath.Join(dir, "index"), corpus.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	built.Close()
	c, err := index.Open(filepath.Join(dir, "index"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	items, sources := corpus.Items, corpus.Sources
	counter := &countingSearcher{Searcher: c, reports: map[string]int{}}
	shared := links.New(counter, sources, nil)
	coverage := 0
	for _, it := range items {
		if it.Source.About == "" {
			continue
		}
		coverage++
		for pass := range 2 {
			got, err := shared.Figures(ctx, it)
			if err != nil {
				t.Fatal(err)
			}
			want, err := links.New(c, sources, nil).Figures(ctx, it)
			if err != nil {
				t.Fatal(err)
			}
			if linkList(got) != linkList(want) {
				t.Errorf("%s (pass %d): shared engine %s, fresh one %s", it.ID, pass, linkList(got), linkList(want))
			}
			if _, err := shared.PrimaryLinks(ctx, it); err != nil {
				t.Fatal(err)
			}
		}
	}
	if coverage == 0 {
		t.Fatal("no coverage in the bundled corpus")
	}
	for report, n := range counter.reports {
		if n != 1 {
			t.Errorf("the report of %s was searched for %d times for %d items of coverage", report, n, coverage)
		}
	}
	if len(counter.reports) == 0 {
		t.Error("no report was searched for")
	}
}

// linkList is links as "type id score", in their order.
func linkList(ls []links.Link) string {
	out := make([]string, 0, len(ls))
	for _, l := range ls {
		out = append(out, fmt.Sprintf("%s %s %.3f", l.Type, l.Item.ID, l.Score))
	}
	return strings.Join(out, "; ")
}
