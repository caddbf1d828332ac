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

// wardTableLibrary is one source holding more statistics of one measure
// than a measure search keeps (a ward-level table written as sentences),
// and, with others, a second source giving two values of the measure.
func wardTableLibrary(t *testing.T, wards int, others bool) ([]evidence.Item, []evidence.Source, *index.Index) {
	t.Helper()
	var b strings.Builder
	b.WriteString("---\ntitle: \"Autism assessment waits by ward\"\npublisher: Westmere Borough Council\ndate: 2025-03-01\ntype: report\n---\n## Findings\n\n")
	for w := 1; w <= wards; w++ {
		fmt.Fprintf(&b, "In 2023/24, %d%% of children in ward %d waited more than 18 weeks for an autism assessment.\n\n", 10+w%80, w)
	}
	fsys := fstest.MapFS{"sources/wards.md": &fstest.MapFile{Data: []byte(b.String())}}
	if others {
		fsys["sources/other.md"] = &fstest.MapFile{Data: []byte("---\ntitle: \"Autism assessment waits\"\npublisher: Trust 1\ndate: 2025-04-01\ntype: report\n---\n## Findings\n\n" +
			"In 2023/24, 95% of children in ward 3 waited more than 18 weeks for an autism assessment.\n\nIn 2023/24, 97% of children in ward 7 waited more than 18 weeks for an autism assessment.\n")}
	}
	c, err := pipeline.Load(fsys, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), filepath.Join(t.TempDir(), "index"), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return c.Items, c.Sources, ix
}

// admitCounter counts the measure searches that read their page's
// outlines for Admit.
type admitCounter struct {
	links.Searcher
	admitted int
}

func (s *admitCounter) Search(ctx context.Context, r index.Request) (index.Result, error) {
	if len(r.Measures) > 0 && r.Admit != nil {
		s.admitted++
	}
	return s.Searcher.Search(ctx, r)
}

// TestOneSourcesMeasureIsNotReadItemByItem: a pack's statistics of a
// measure more statistics share than a measure search keeps search
// alone, and each read up to 5,000 outlines for Admit to refuse (one
// source of 6,000 exported 200 in 55 s). When every match is of the
// statistic's own source, none is read; the disagreements are those of
// each statistic asked alone, with a second source or without.
func TestOneSourcesMeasureIsNotReadItemByItem(t *testing.T) {
	const wards = 5_100 // past the 5,000 a measure search keeps
	for _, others := range []bool{false, true} {
		t.Run(fmt.Sprintf("others=%v", others), func(t *testing.T) {
			items, sources, ix := wardTableLibrary(t, wards, others)
			var pack []evidence.Item
			for _, it := range items {
				if it.Kind == evidence.Statistic && it.Source.ID == "wards" && len(pack) < 4 && slices.ContainsFunc(it.Figures, func(f evidence.Figure) bool { return f.Key != "" }) {
					pack = append(pack, it)
				}
			}
			if len(pack) < 4 {
				t.Fatalf("%d statistics with measure keys in the ward table, want 4", len(pack))
			}
			ctx := context.Background()
			cs := &admitCounter{Searcher: ix}
			count, err := links.New(cs, sources, nil).DisagreementsCounted(ctx, pack)
			if err != nil {
				t.Fatal(err)
			}
			found := 0
			for _, it := range pack {
				o, err := count(ctx, it, 5)
				got, n := o.Links, o.Count
				if err != nil {
					t.Fatal(err)
				}
				// Asked alone, the statistic is pooled with none: its own
				// measure search, read for Admit.
				alone, err := links.New(ix, sources, nil).DisagreementsOf(ctx, []evidence.Item{it})
				if err != nil {
					t.Fatal(err)
				}
				want, err := alone(ctx, it)
				if err != nil {
					t.Fatal(err)
				}
				if n != len(want) || !slices.Equal(linkText(got), linkText(want[:min(5, len(want))])) {
					t.Errorf("%s: %d disagreements %q, asked alone %d %q", it.ID, n, linkText(got), len(want), linkText(want))
				}
				found += n
			}
			switch {
			case !others && cs.admitted != 0:
				t.Errorf("%d measure searches read their pages for Admit where every match is of the statistics' own source, want none", cs.admitted)
			case others && found == 0:
				t.Errorf("no disagreement with the second source's values: the test compares nothing")
			}
		})
	}
}
