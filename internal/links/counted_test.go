package links_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
)

// manyMeasuresLibrary is generated reports and stories giving values for
// several measures in several units (shares, rates per 1,000, counts),
// for several periods or none, with values tied, near and far: some pairs
// compare and disagree, some agree, some are of other times or units.
func manyMeasuresLibrary(t *testing.T) ([]evidence.Item, []evidence.Source, *index.Index) {
	t.Helper()
	fsys := fstest.MapFS{}
	measures := []string{
		"%s of children waited more than 18 weeks for a first appointment",
		"%s of young people were seen within four weeks of referral",
		"%s children per 1,000 were referred to mental health services",
		"%s children were on the waiting list for an autism assessment",
	}
	units := []string{"%g%%", "%g%%", "%g", "%g"}
	years := []string{"In 2023/24, ", "In 2022/23, ", "In 2023/24, ", "In 2021/22, ", ""}
	values := []float64{45, 45, 45.4, 31, 12.5, 60, 31, 7}
	for s := 0; s < 24; s++ {
		var b strings.Builder
		kind, about := "report", ""
		if s%6 == 5 {
			kind, about = "news", fmt.Sprintf("about: rep%02d\n", s-1)
		}
		fmt.Fprintf(&b, "---\ntitle: \"Services survey %d\"\npublisher: Trust %d\ndate: 2024-%02d-01\ntype: %s\n%s---\n## Findings\n\n", s, s%5, 1+s%9, kind, about)
		for j := 0; j < 8; j++ {
			m := (s + j) % len(measures)
			v := values[(s*5+j*3)%len(values)]
			if m >= 2 {
				v *= 10
			}
			fig := fmt.Sprintf(units[m], v)
			fmt.Fprintf(&b, "%s%s in the trust's area %d.\n\n", years[(s+2*j)%len(years)], fmt.Sprintf(measures[m], fig), j%3)
		}
		fsys[fmt.Sprintf("sources/rep%02d.md", s)] = &fstest.MapFile{Data: []byte(b.String())}
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

// TestDisagreementsCountedArePairwise: the first five disagreements of
// each statistic and how many it has, found from figures read once per
// pooled measure search without making a link for every pair
// (DisagreementsCounted), are those of the pairwise DisagreementsOf, for
// packs of many measures, units and periods, of the whole library or a
// few statistics. An export of 1,000 statistics of one measure made a
// million links to cite five for each (BenchmarkExportSharedMeasure).
func TestDisagreementsCountedArePairwise(t *testing.T) {
	const max = 5
	check := func(t *testing.T, items []evidence.Item, sources []evidence.Source, ix links.Searcher, packs [][]evidence.Item) (disagreeing, over int) {
		ctx := context.Background()
		for _, pack := range packs {
			ref, err := links.New(ix, sources, nil).DisagreementsOf(ctx, pack)
			if err != nil {
				t.Fatal(err)
			}
			count, err := links.New(ix, sources, nil).DisagreementsCounted(ctx, pack)
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range pack {
				want, err := ref(ctx, it)
				if err != nil {
					t.Fatal(err)
				}
				o, err := count(ctx, it, max)
				got, n := o.Links, o.Count
				if err != nil {
					t.Fatal(err)
				}
				if n != len(want) {
					t.Fatalf("%s: %d disagreements counted, want %d", it.ID, n, len(want))
				}
				want = want[:min(len(want), max)]
				if g, w := strings.Join(linkText(got), "\n"), strings.Join(linkText(want), "\n"); g != w {
					t.Fatalf("%s: first disagreements\n%s\nwant the pairwise\n%s", it.ID, g, w)
				}
				if n > 0 {
					disagreeing++
				}
				if n > max {
					over++
				}
			}
		}
		return disagreeing, over
	}
	for _, lib := range []struct {
		name string
		make func(*testing.T) ([]evidence.Item, []evidence.Source, *index.Index)
	}{{"many measures", manyMeasuresLibrary}, {"shared measures", sharedMeasureLibrary}} {
		t.Run(lib.name, func(t *testing.T) {
			items, sources, ix := lib.make(t)
			var stats []evidence.Item
			for _, it := range items {
				if it.Kind == evidence.Statistic && strings.HasPrefix(it.Source.ID, "rep") {
					stats = append(stats, it)
				}
			}
			disagreeing, over := check(t, items, sources, ix, [][]evidence.Item{stats, stats[:9], stats[len(stats)-4:]})
			t.Logf("%d statistics; %d packs' worth with disagreements, %d with more than %d", len(stats), disagreeing, over, max)
			if len(stats) < 60 || disagreeing < len(stats)/3 || over == 0 {
				t.Fatalf("%d statistics, %d with disagreements, %d with more than %d: the library does not test much", len(stats), disagreeing, over, max)
			}
		})
	}
	// The bundled corpus: stories covering reports, tables, ranges.
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	bix, err := index.Build(context.Background(), filepath.Join(t.TempDir(), "bundled"), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer bix.Close()
	check(t, c.Items, c.Sources, bix, [][]evidence.Item{c.Items})
}
