package viz_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/viz"
)

func TestMapCountsEqualItemsAndFacets(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), "", c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	var themes []viz.Theme
	for _, th := range c.Taxonomy.Themes {
		themes = append(themes, viz.Theme{ID: th.ID, Label: th.Label})
	}
	for _, by := range []string{"source", "publisher"} {
		m, err := viz.BuildMatrix(context.Background(), ix, index.Request{}, themes, c.Sources, by)
		if err != nil {
			t.Fatal(err)
		}
		// Counted directly from the items: once per theme an item has.
		want := map[string]map[string]int{}
		for _, it := range c.Items {
			col := it.Source.ID
			if by == "publisher" {
				col = it.Source.Publisher
			}
			for _, th := range it.Themes {
				if want[th] == nil {
					want[th] = map[string]int{}
				}
				want[th][col]++
			}
		}
		for _, r := range m.Rows {
			for _, col := range m.Cols {
				if m.Cells[r][col] != want[r][col] {
					t.Errorf("by %s: %s × %s = %d, items say %d", by, r, col, m.Cells[r][col], want[r][col])
				}
			}
		}
		// Row totals are the index's theme facet counts.
		res, _ := ix.Search(context.Background(), index.Request{Limit: 1, Facets: true})
		if len(res.Facets["theme"]) == 0 {
			t.Fatalf("by %s: no theme facets to compare the rows with", by)
		}
		for _, f := range res.Facets["theme"] {
			if m.Totals.Rows[f.Value] != f.Count {
				t.Errorf("by %s: row %s totals %d, theme facet says %d", by, f.Value, m.Totals.Rows[f.Value], f.Count)
			}
		}
		if by == "source" && len(m.Cols) != 5 {
			t.Errorf("%d source columns", len(m.Cols))
		}
	}
	m, _ := viz.BuildMatrix(context.Background(), ix, index.Request{}, themes, c.Sources, "source")
	lines, _ := m.Map(120, 1, 2, 0)
	text := strings.Join(lines, "\n")
	for _, want := range []string{"HL 2024", "NP 2024a", "NP 2024b", "NCB 2024", "CQC 2018", "Transitions to adult serv", "[░ 1]", "·", "total"} {
		if !strings.Contains(text, want) {
			t.Errorf("map lacks %q:\n%s", want, text)
		}
	}
}

func TestChartSectionsKeepUnitsApart(t *testing.T) {
	items := []evidence.Item{
		{ID: "a", Kind: evidence.Statistic, Text: "40% of trusts and 2,000 nurses", Source: evidence.Source{Publisher: "B"},
			Figures: []evidence.Figure{{Text: "40%", Value: 40, Unit: evidence.UnitPercent}, {Text: "2,000 nurses", Value: 2000, Unit: evidence.UnitCount, Offset: 18}}},
		{ID: "b", Kind: evidence.Statistic, Text: "90% agreed", Source: evidence.Source{Publisher: "A"},
			Figures: []evidence.Figure{{Text: "90%", Value: 90, Unit: evidence.UnitPercent}}},
		{ID: "c", Kind: evidence.Excerpt, Text: "no figures"},
	}
	secs := viz.Sections(items, false)
	if len(secs) != 2 || secs[0].Unit != evidence.UnitPercent || secs[1].Unit != evidence.UnitCount || secs[0].Bars[0].Item.ID != "b" {
		t.Fatalf("sections %+v", secs)
	}
	lines := viz.Chart(secs, 80)
	var bars []string
	for _, l := range lines {
		if l.Bar >= 0 {
			bars = append(bars, l.Text)
		}
		if w := len([]rune(l.Text)); w > 80 {
			t.Errorf("line of %d runes at 80 columns: %q", w, l.Text)
		}
	}
	full := func(s string) int { return strings.Count(s, "█") }
	// 90% fills more than 40%; the count section has its own scale, so its one bar is full.
	if !(full(bars[0]) > full(bars[1])) || strings.Count(bars[2], "░") != 0 {
		t.Errorf("bars:\n%s", strings.Join(bars, "\n"))
	}
	if g := viz.Sections(items, true); g[0].Bars[0].Item.Source.Publisher != "A" {
		t.Error("grouped by source should order by publisher")
	}
}

// TestMapByPublisherCountsAHugePublisher: the index counts a publisher by
// its first index.MaxIndexedPublisherBytes (a 4 MB one took a minute and
// 1 GB to index whole), so the map's column for it is that same start,
// and its items are counted there rather than shown as a gap.
func TestMapByPublisherCountsAHugePublisher(t *testing.T) {
	src := evidence.Source{ID: "big", Title: "Big", Publisher: strings.Repeat("Trust ", 1000), Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	it := evidence.Item{ID: "big#00000001", Kind: evidence.Excerpt, Text: "Children waited a long time for help.", Themes: []string{"waiting-lists"}, Source: src}
	ix, err := index.Build(context.Background(), "", []evidence.Item{it}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	m, err := viz.BuildMatrix(context.Background(), ix, index.Request{}, []viz.Theme{{ID: "waiting-lists", Label: "Waiting"}}, []evidence.Source{src}, "publisher")
	if err != nil {
		t.Fatal(err)
	}
	if m.Totals.Cells != 1 || len(m.Cols) != 1 {
		t.Errorf("the item of a %d-byte publisher: %d counted in %d columns", len(src.Publisher), m.Totals.Cells, len(m.Cols))
	}
}

// TestChartKindsFollowTheFilter: the chart and 'cypx chart' draw the
// figures of the statistics among the kinds asked for, by one rule; a
// filter of no statistics has none to draw, and says so.
func TestChartKindsFollowTheFilter(t *testing.T) {
	stat, rec, exc := evidence.Statistic, evidence.Recommendation, evidence.Excerpt
	for _, c := range []struct {
		asked []evidence.Kind
		want  []evidence.Kind
		why   string
	}{
		{nil, []evidence.Kind{stat}, ""},
		{[]evidence.Kind{stat, rec}, []evidence.Kind{stat}, ""},
		{[]evidence.Kind{rec}, nil, "No figures among recommendations"},
		{[]evidence.Kind{rec, exc}, nil, "No figures among recommendations and excerpts"},
	} {
		kinds, why := viz.ChartKinds(c.asked)
		if !slices.Equal(kinds, c.want) || !strings.HasPrefix(why, c.why) || (c.why == "") != (why == "") {
			t.Errorf("ChartKinds(%v) = %v, %q; want %v, %q…", c.asked, kinds, why, c.want, c.why)
		}
	}
}
