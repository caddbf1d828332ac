package links_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestSharedMeasureOfSourcesReadOnce: a pack's notes on statistics of one
// measure that two or three sources state, more of them than a measure
// search keeps, ask the index for the measure a few times in all, not
// once for each statistic, and count each statistic's disagreements over
// every statistic of the measure. Two sources of 15,000 paragraphs each,
// "In 2023, N% of children in district i waited more than M weeks for an
// assessment", exported 100 statistics in 7.5 s of CPU: each statistic's
// note counted the measure by source and read a page of it of its own
// (TestSharedMeasureNotesReadTheMeasureOnce is the measure of one
// source). Work is counted as the items the searches match, never as time.
func TestSharedMeasureOfSourcesReadOnce(t *testing.T) {
	const n = 5200 // more than a measure search keeps (maxMeasureItems)
	for _, sources := range []int{2, 3} {
		t.Run(fmt.Sprintf("%d sources", sources), func(t *testing.T) {
			fsys := fstest.MapFS{}
			for s := 0; s < sources; s++ {
				var b strings.Builder
				fmt.Fprintf(&b, "---\ntitle: \"Assessment waits by district %d\"\npublisher: Waits Trust %d\ndate: 2024-0%d-01\ntype: report\n---\n## Findings\n\n", s, s, 3+s)
				for i := s; i < n; i += sources {
					fmt.Fprintf(&b, "In 2023, %d%% of children in district %d waited more than %d weeks for an assessment.\n\n", 5+(i*37+s*11)%90, i/sources, []int{12, 18, 26, 52}[i/sources%4])
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
			// Every other source's statistic each one gives another value
			// than, compared one by one.
			e := links.New(ix, c.Sources, nil)
			want := func(it evidence.Item) []string {
				var ids []string
				for _, o := range stats {
					if o.Source.ID == it.Source.ID {
						continue
					}
					rel := e.Relation(it, o)
					for _, f := range it.Figures {
						if f.Key == "" {
							continue
						}
						for _, g := range o.Figures {
							if g.Key != "" && links.Compare(f, g, rel) == links.OtherValue {
								ids = append(ids, o.ID)
							}
						}
					}
				}
				slices.Sort(ids)
				return ids
			}
			first, disagreeing := 0, 0
			for _, k := range []int{400, 1000} {
				// The pack's statistics, of every source in turn.
				pack := make([]evidence.Item, 0, k)
				for i := 0; len(pack) < k; i++ {
					pack = append(pack, stats[(i%sources)*(n/sources)+i/sources])
				}
				counter := &matchCounter{Searcher: ix}
				ctx := context.Background()
				count, err := links.New(counter, c.Sources, nil).DisagreementsCounted(ctx, pack)
				if err != nil {
					t.Fatal(err)
				}
				for q, it := range pack {
					o, err := count(ctx, it, 5)
					ls, all := o.Links, o.Count
					if err != nil {
						t.Fatal(err)
					}
					if q%20 != 0 {
						continue
					}
					w := want(it)
					var got []string
					for _, l := range ls {
						got = append(got, l.Item.ID)
					}
					if all != len(w) || !slices.Equal(got, w[:min(5, len(w))]) {
						t.Fatalf("%s: %d disagreements, first %v; want %d, first %v", it.ID, all, got, len(w), w[:min(5, len(w))])
					}
					if all > 0 {
						disagreeing++
					}
				}
				// Each shape of key's pooled search, its count by source and
				// its one reading whole: the same however many statistics
				// the pack holds.
				if counter.matched > 6*n {
					t.Errorf("%d statistics: the searches matched %d items in %d searches, want at most %d", k, counter.matched, counter.searches, 6*n)
				}
				if k > 400 && counter.matched != first {
					t.Errorf("%d statistics: the searches matched %d items, %d for 400: the work grows with the pack", k, counter.matched, first)
				}
				first = counter.matched
			}
			if disagreeing == 0 {
				t.Fatal("no statistic has a disagreement: the measure tests nothing")
			}
		})
	}
}
