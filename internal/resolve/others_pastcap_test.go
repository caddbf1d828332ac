package resolve_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/resolve"
)

// TestOthersPastAMeasureSearchAreOneValue: on a measure of more statistics
// than a measure search keeps (5,200 of one measure, "In 2023, N% of
// children in the district waited more than 18 weeks for an assessment",
// from two or three sources), the explorer's warning (the detail pane's, from the linked
// findings, and the comparison table's) names the same other values, and
// counts as many, as a pack's note, for a pack of the statistic alone and
// of several sharing its measure: one value, from every match of the
// measure. Before, the warning was made from the explorer's own links,
// which compared the search's first 5,000 matches, and named fewer values
// than the note counted.
func TestOthersPastAMeasureSearchAreOneValue(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes 5,200 statistics")
	}
	const n = 5200 // more than a measure search keeps
	ctx := context.Background()
	for _, sources := range []int{2, 3} {
		t.Run(fmt.Sprintf("%d sources", sources), func(t *testing.T) {
			fsys := fstest.MapFS{}
			for s := 0; s < sources; s++ {
				var b strings.Builder
				fmt.Fprintf(&b, "---\ntitle: \"Assessment waits by district %d\"\npublisher: Waits Trust %d\ndate: 2024-0%d-01\ntype: report\n---\n## Findings\n\n", s, s, 3+s)
				for i := s; i < n; i += sources {
					fmt.Fprintf(&b, "In 2023, %d%% of children in the district waited more than 18 weeks for an assessment.\n\n", 5+(i*37+s*11)%90)
				}
				fsys[fmt.Sprintf("sources/waits%d.md", s)] = &fstest.MapFile{Data: []byte(b.String())}
			}
			c, err := pipeline.Load(fsys, bundled.FS)
			if err != nil {
				t.Fatal(err)
			}
			ix, err := index.Build(ctx, filepath.Join(t.TempDir(), "index"), c.Items, nil)
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
			pack := []evidence.Item{stats[0], stats[1], stats[n/2], stats[n-1]}
			st := evidence.Harvard
			for _, it := range pack[:3] {
				say := func(o links.Others) string {
					return fmt.Sprintf("%d others: %s", o.Count, figures.Warning(o, st))
				}
				views := map[string]string{}
				r := resolve.New(ix, links.New(ix, c.Sources, nil))
				res, err := r.WithLinks(ctx, it)
				if err != nil {
					t.Fatal(err)
				}
				views["the detail pane's warning"] = say(res.OtherValues())
				if res, err = r.Figures(ctx, it); err != nil {
					t.Fatal(err)
				}
				views["the comparison table's warning"] = say(res.OtherValues())
				for name, items := range map[string][]evidence.Item{"the note of a pack of it alone": {it}, "the note of a pack of four": pack} {
					of, err := resolve.New(ix, links.New(ix, c.Sources, nil)).DisagreementsOf(ctx, items)
					if err != nil {
						t.Fatal(err)
					}
					o, err := of(it, links.AllOthers)
					if err != nil {
						t.Fatal(err)
					}
					views[name] = say(o)
				}
				// The first max of the others are the first max of them
				// all, in one order, however often the gathering is cut
				// to max on the way (max 1, 5, 100 over thousands).
				of, err := resolve.New(ix, links.New(ix, c.Sources, nil)).DisagreementsOf(ctx, pack)
				if err != nil {
					t.Fatal(err)
				}
				all, err := of(it, links.AllOthers)
				if err != nil {
					t.Fatal(err)
				}
				if len(all.Links) < 300 {
					t.Fatalf("%s: %d others, want thousands", it.ID, len(all.Links))
				}
				for _, max := range []int{1, 5, 100} {
					some, err := of(it, max)
					if err != nil {
						t.Fatal(err)
					}
					if some.Count != all.Count || len(some.Links) != max {
						t.Errorf("%s: first %d: %d of %d, want %d of %d", it.ID, max, len(some.Links), some.Count, max, all.Count)
						continue
					}
					for i, l := range some.Links {
						if w := all.Links[i]; l.Item.ID != w.Item.ID || l.Reason != w.Reason {
							t.Errorf("%s: first %d: #%d is %s (%s), want %s (%s)", it.ID, max, i, l.Item.ID, l.Reason, w.Item.ID, w.Reason)
							break
						}
					}
				}
				want := views["the note of a pack of four"]
				if !strings.Contains(want, "Other sources give") {
					t.Fatalf("%s: no others: %s", it.ID, want)
				}
				for name, got := range views {
					if got != want {
						t.Errorf("%s: %s:\n%.400s\nthe note of a pack of four:\n%.400s", it.ID, name, got, want)
					}
				}
			}
		})
	}
}
