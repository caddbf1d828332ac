package links_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// matchCounter is a Searcher that counts the items its searches match
// (Result.Total, before any page): the work a pack's notes ask of the
// index.
type matchCounter struct {
	links.Searcher
	mu       sync.Mutex
	searches int
	matched  int
}

func (c *matchCounter) Search(ctx context.Context, r index.Request) (index.Result, error) {
	res, err := c.Searcher.Search(ctx, r)
	c.mu.Lock()
	c.searches++
	c.matched += res.Total
	c.mu.Unlock()
	return res, err
}

// TestSharedMeasureNotesReadTheMeasureOnce: a pack's notes on the
// statistics of one source that all state one measure, more of them than
// a measure search keeps, ask the index for the measure once, not once for
// each statistic. A source of 30,000 paragraphs, each "In 2023, N% of
// children in district i waited more than M weeks for an assessment",
// exported 1,000 of them in 62 s of CPU, 4,000 in minutes, and all of them
// to Word not at all: each statistic's note searched the whole measure
// (to learn that every value is its own source's), and the pack's one
// pooled search asked every statistic's own terms, thousands of sets each
// reading every item of the measure. Work is counted as the items the
// searches match, never as time.
func TestSharedMeasureNotesReadTheMeasureOnce(t *testing.T) {
	const n = 5200 // more than a measure search keeps (maxMeasureItems)
	var b strings.Builder
	b.WriteString("---\ntitle: \"Assessment waits by district\"\npublisher: Waits Trust\ndate: 2024-03-01\ntype: report\n---\n## Findings\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "In 2023, %d%% of children in district %d waited more than %d weeks for an assessment.\n\n", 5+i*37%90, i, []int{12, 18, 26, 52}[i%4])
	}
	c, err := pipeline.Load(fstest.MapFS{"sources/waits.md": {Data: []byte(b.String())}}, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), filepath.Join(t.TempDir(), "index"), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var stats []evidence.Item
	for _, it := range c.Items {
		if it.Kind == evidence.Statistic {
			stats = append(stats, it)
		}
	}
	if len(stats) != n {
		t.Fatalf("%d statistics, want %d", len(stats), n)
	}
	first := 0
	for _, k := range []int{50, 400} {
		counter := &matchCounter{Searcher: ix}
		ctx := context.Background()
		count, err := links.New(counter, c.Sources, nil).DisagreementsCounted(ctx, stats[:k])
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range stats[:k] {
			o, err := count(ctx, it, 5)
			ls, all := o.Links, o.Count
			if err != nil {
				t.Fatal(err)
			}
			if len(ls) != 0 || all != 0 {
				t.Fatalf("%s: %d disagreements (%d cited), want none: every value is of its own source", it.ID, all, len(ls))
			}
		}
		// The pooled search and its count by source, for each shape of
		// key (a district numbered as its weeks has one number fewer):
		// the same however many statistics the pack holds.
		if counter.matched > 4*n {
			t.Errorf("%d statistics: the searches matched %d items in %d searches, want at most %d", k, counter.matched, counter.searches, 4*n)
		}
		if k > 50 && counter.matched != first {
			t.Errorf("%d statistics: the searches matched %d items, %d for 50: the work grows with the pack", k, counter.matched, first)
		}
		first = counter.matched
	}
}
