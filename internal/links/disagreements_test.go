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
// a measure's candidates read once for all its statistics, are Figures'
// links of type disagrees, in Figures' order, for every statistic of a
// generated library; and Figures gives the same links from an engine
// whose candidates are kept as from a new one. An export of 1,000
// statistics of one measure searched and read all 1,000 for each of them
// (BenchmarkExportSharedMeasure).
func TestDisagreementsAreFiguresDisagreements(t *testing.T) {
	items, sources, ix := sharedMeasureLibrary(t)
	ctx := context.Background()
	kept := links.New(ix, sources, nil)
	stats, disagreeing := 0, 0
	for _, it := range items {
		if it.Kind != evidence.Statistic || !strings.HasPrefix(it.Source.ID, "rep") {
			continue
		}
		stats++
		fresh := links.New(ix, sources, nil)
		all, err := fresh.Figures(ctx, it)
		if err != nil {
			t.Fatal(err)
		}
		var want []links.Link
		for _, l := range all {
			if l.Type == links.Disagrees && l.Compared != nil {
				want = append(want, l)
			}
		}
		for range 2 { // the second time from the kept candidates
			got, err := kept.Disagreements(ctx, it)
			if err != nil {
				t.Fatal(err)
			}
			if g, w := strings.Join(linkText(got), "\n"), strings.Join(linkText(want), "\n"); g != w {
				t.Fatalf("%s: disagreements\n%s\nwant Figures'\n%s", it.ID, g, w)
			}
		}
		again, err := kept.Figures(ctx, it)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := strings.Join(linkText(again), "\n"), strings.Join(linkText(all), "\n"); g != w {
			t.Fatalf("%s: Figures from kept candidates\n%s\nwant\n%s", it.ID, g, w)
		}
		if len(want) > 0 {
			disagreeing++
		}
	}
	if stats < 60 || disagreeing < stats/2 {
		t.Fatalf("%d statistics, %d with disagreements: the library does not test much", stats, disagreeing)
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

// TestAMeasureIsReadOnceForItsStatistics: the comparisons of many
// statistics of a few measures search each measure's candidates at most
// twice (once admitted, as a single comparison table reads them, then
// whole, kept for the rest). Each statistic searched and read them all
// again: 1,000 statistics of one measure, a pack's notes, took 33 s and
// more (BenchmarkExportSharedMeasure).
func TestAMeasureIsReadOnceForItsStatistics(t *testing.T) {
	items, sources, ix := sharedMeasureLibrary(t)
	cs := &measureCounter{Searcher: ix}
	e := links.New(cs, sources, nil)
	keys := map[string]bool{}
	stats := 0
	for _, it := range items {
		if it.Kind != evidence.Statistic || !strings.HasPrefix(it.Source.ID, "rep") {
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
		if _, err := e.Figures(context.Background(), it); err != nil {
			t.Fatal(err)
		}
	}
	if cs.measures > 2*len(keys) {
		t.Errorf("%d measure searches for %d statistics of %d measures, want at most %d", cs.measures, stats, len(keys), 2*len(keys))
	}
}
