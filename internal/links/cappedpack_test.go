package links_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
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

// wholeReads counts the searches that read more hits than one measure
// search keeps (5,000): a measure read whole.
type wholeReads struct {
	links.Searcher
	mu       sync.Mutex
	reads    int
	searches int
}

func (c *wholeReads) Search(ctx context.Context, r index.Request) (index.Result, error) {
	res, err := c.Searcher.Search(ctx, r)
	c.mu.Lock()
	c.searches++
	if len(res.Hits) > 5000 {
		c.reads++
	}
	c.mu.Unlock()
	return res, err
}

// TestCappedStatisticsOfAPackReadTheMeasureOnce: a pack's statistics
// that each state one measure in a word of their own ("assessment
// batch17q"), so that no two share a pool, and whose measure search finds
// more than it keeps, are counted over every match of the measure exactly,
// reading the measure whole once for the pack, not once for each, and
// asking no search of each statistic's own. Six
// sources of 6,000 such paragraphs exported 50 statistics in 71 to 93 s
// and 4.2 GB: each read the measure's 36,000 statistics on its own.
func TestCappedStatisticsOfAPackReadTheMeasureOnce(t *testing.T) {
	const sources, n = 3, 5400 // more than a measure search keeps
	fsys := fstest.MapFS{}
	for s := 0; s < sources; s++ {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: \"Assessment waits, round %d\"\npublisher: Waits Trust %d\ndate: 2024-0%d-01\ntype: report\n---\n## Findings\n\n", s, s, 3+s)
		for i := s; i < n; i += sources {
			fmt.Fprintf(&b, "In 2023, %d%% of children in district %d waited more than %d weeks for assessment batch%dq.\n\n", 5+(i*37+s*11)%90, i/sources, []int{12, 18, 26, 52}[(i/sources)%4], i)
		}
		fsys[fmt.Sprintf("sources/waits%d.md", s)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	c, err := pipeline.Load(fsys, bundled.FS)
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
	e := links.New(ix, c.Sources, nil)
	// Every other source's statistic each gives another value than,
	// compared one by one.
	want := func(it evidence.Item) []string {
		var ids []string
		for _, o := range stats {
			if o.Source.ID == it.Source.ID {
				continue
			}
			rel := e.Relation(it, o)
			for _, f := range it.Figures {
				for _, g := range o.Figures {
					if f.Key != "" && g.Key != "" && links.Compare(f, g, rel) == links.OtherValue {
						ids = append(ids, o.ID)
					}
				}
			}
		}
		slices.Sort(ids)
		return ids
	}
	var keys []string
	pack := make([]evidence.Item, 0, 60)
	for i := 0; len(pack) < cap(pack); i++ {
		it := stats[i*(n/cap(pack))+i%7]
		pack = append(pack, it)
		keys = append(keys, strings.Join(figureKeys(it), " "))
	}
	if slices.Sort(keys); len(slices.Compact(keys)) != len(pack) {
		t.Fatal("two statistics of the pack share their measure keys: the test no longer tells")
	}
	counter := &wholeReads{Searcher: ix}
	ctx := context.Background()
	count, err := links.New(counter, c.Sources, nil).DisagreementsCounted(ctx, pack)
	if err != nil {
		t.Fatal(err)
	}
	disagreeing := 0
	for q, it := range pack {
		o, err := count(ctx, it, 1)
		if err != nil {
			t.Fatal(err)
		}
		if q%6 != 0 {
			continue
		}
		w := want(it)
		var got []string
		for _, l := range o.Links {
			got = append(got, l.Item.ID)
		}
		if o.Count != len(w) || !slices.Equal(got, w[:min(1, len(w))]) {
			t.Fatalf("%s: %d disagreements, first %v; want %d, first %v", it.ID, o.Count, got, len(w), w[:min(1, len(w))])
		}
		if o.Count > 1 {
			disagreeing++
		}
	}
	if disagreeing == 0 {
		t.Fatal("no statistic has more disagreements than a note names: the measure tests nothing")
	}
	if counter.reads > 1 {
		t.Errorf("%d statistics read the measure whole %d times, want once", len(pack), counter.reads)
	}
	// Nor does each search a page of its own: the wide pool answers for
	// every statistic it holds (20 ms a statistic over such measures).
	if counter.searches > 10 {
		t.Errorf("%d statistics asked %d searches, want a few for the pack", len(pack), counter.searches)
	}
}

// figureKeys are an item's figures' measure keys.
func figureKeys(it evidence.Item) []string {
	var keys []string
	for _, f := range it.Figures {
		keys = append(keys, f.Key)
	}
	return keys
}
