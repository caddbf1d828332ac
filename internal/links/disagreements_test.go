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

// sharedMeasureLibrary is generated reports giving values for a few
// measures: the same values, near ones, other ones, other years, several
// reports of one publisher, and stories covering reports (about:).
func sharedMeasureLibrary(t *testing.T) ([]evidence.Item, []evidence.Source, *index.Index) {
	t.Helper()
	fsys := fstest.MapFS{}
	measures := []string{
		"of children waited more than 18 weeks for a first appointment",
		"of young people were seen within four weeks of referral",
	}
	for s := 0; s < 14; s++ {
		var b strings.Builder
		kind, about := "report", ""
		if s%5 == 4 {
			kind, about = "news", fmt.Sprintf("about: rep%02d\n", s-1)
		}
		fmt.Fprintf(&b, "---\ntitle: \"Waiting times survey %d\"\npublisher: Trust %d\ndate: 2024-%02d-01\ntype: %s\n%s---\n## Findings\n\n", s, s%4, 1+s%9, kind, about)
		for j := 0; j < 6; j++ {
			year := []string{"2023/24", "2022/23", "2023/24"}[(s+j)%3]
			value := []float64{45, 45, 45.4, 31, 12.5, 60}[(s*7+j)%6]
			fmt.Fprintf(&b, "In %s, %g%% %s in the trust's area %d.\n\n", year, value, measures[j%2], j/2)
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

// linkText is what a link says and compares, for comparing answers.
func linkText(ls []links.Link) []string {
	var out []string
	for _, l := range ls {
		s := fmt.Sprintf("%s %s %g %s", l.Type, l.Item.ID, l.Score, l.Reason)
		if l.Compared != nil {
			s += fmt.Sprintf(" [%s | %s]", l.Compared.Figure.Badge(), l.Compared.Other.Badge())
		}
		out = append(out, s)
	}
	return out
}

// TestDisagreementsAreFiguresDisagreements: the disagreements a pack's
// note cites, found without Figures' searches for similar items and from
// one measure search for all the pack's statistics, are Figures' links of
// type disagrees, in Figures' order, for every statistic of a generated
// library, whether the pack holds them all or a few. An export of 1,000
// statistics of one measure searched and read all 1,000 for each of them
// (BenchmarkExportSharedMeasure).
func TestDisagreementsAreFiguresDisagreements(t *testing.T) {
	items, sources, ix := sharedMeasureLibrary(t)
	ctx := context.Background()
	var stats []evidence.Item
	for _, it := range items {
		if it.Kind == evidence.Statistic && strings.HasPrefix(it.Source.ID, "rep") {
			stats = append(stats, it)
		}
	}
	disagreeing := 0
	for _, pack := range [][]evidence.Item{stats, stats[:7], stats[len(stats)-3:]} {
		e := links.New(ix, sources, nil)
		find, err := e.DisagreementsOf(ctx, pack)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range pack {
			all, err := links.New(ix, sources, nil).Figures(ctx, it)
			if err != nil {
				t.Fatal(err)
			}
			var want []links.Link
			for _, l := range all {
				if l.Type == links.Disagrees && l.Compared != nil {
					want = append(want, l)
				}
			}
			got, err := find(ctx, it)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := strings.Join(linkText(got), "\n"), strings.Join(linkText(want), "\n"); g != w {
				t.Fatalf("%s: disagreements\n%s\nwant Figures'\n%s", it.ID, g, w)
			}
			if len(want) > 0 {
				disagreeing++
			}
		}
	}
	// The bundled corpus: stories covering reports, tables, ranges.
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	bix, err := index.Build(ctx, filepath.Join(t.TempDir(), "bundled"), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer bix.Close()
	find, err := links.New(bix, c.Sources, nil).DisagreementsOf(ctx, c.Items)
	if err != nil {
		t.Fatal(err)
	}
	bundledDisagreeing := 0
	for _, it := range c.Items {
		if it.Kind != evidence.Statistic {
			continue
		}
		all, err := links.New(bix, c.Sources, nil).Figures(ctx, it)
		if err != nil {
			t.Fatal(err)
		}
		var want []links.Link
		for _, l := range all {
			if l.Type == links.Disagrees && l.Compared != nil {
				want = append(want, l)
			}
		}
		got, err := find(ctx, it)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := strings.Join(linkText(got), "\n"), strings.Join(linkText(want), "\n"); g != w {
			t.Fatalf("%s: disagreements\n%s\nwant Figures'\n%s", it.ID, g, w)
		}
		if len(want) > 0 {
			bundledDisagreeing++
		}
	}
	t.Logf("%d generated statistics, %d packs' worth with disagreements; %d bundled statistics with disagreements", len(stats), disagreeing, bundledDisagreeing)
	if len(stats) < 60 || disagreeing < len(stats)/2 {
		t.Fatalf("%d statistics, %d with disagreements: the library does not test much", len(stats), disagreeing)
	}
}

// measureCounter counts the measure searches it is asked for.
type measureCounter struct {
	links.Searcher
	measures int
}

func (s *measureCounter) Search(ctx context.Context, r index.Request) (index.Result, error) {
	if len(r.Measures) > 0 {
		s.measures++
	}
	return s.Searcher.Search(ctx, r)
}

// TestAPacksMeasuresAreSearchedOnce: the disagreements of a pack's many
// statistics take one measure search for each set of measure keys, not
// one a statistic.
func TestAPacksMeasuresAreSearchedOnce(t *testing.T) {
	items, sources, ix := sharedMeasureLibrary(t)
	cs := &measureCounter{Searcher: ix}
	find, err := links.New(cs, sources, nil).DisagreementsOf(context.Background(), items)
	if err != nil {
		t.Fatal(err)
	}
	stats, keys := 0, map[string]bool{}
	for _, it := range items {
		if it.Kind != evidence.Statistic {
			continue
		}
		stats++
		var ks []string
		for _, f := range it.Figures {
			if f.Key != "" {
				ks = append(ks, f.Key)
			}
		}
		keys[strings.Join(ks, "\x00")] = true
		if _, err := find(context.Background(), it); err != nil {
			t.Fatal(err)
		}
	}
	if cs.measures > len(keys) {
		t.Errorf("%d measure searches for the disagreements of %d statistics of %d sets of measure keys, want at most %d", cs.measures, stats, len(keys), len(keys))
	}
}
