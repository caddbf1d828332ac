package resolve_test

import (
	"context"
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
)

// seriesIndex answers a measure search with every statistic it holds of
// the sources asked for, and keeps the request.
type seriesIndex struct {
	items []evidence.Item
	asked []index.Request
}

func (x *seriesIndex) Search(_ context.Context, r index.Request) (index.Result, error) {
	x.asked = append(x.asked, r)
	var res index.Result
	for _, it := range x.items {
		if slices.Contains(r.Sources, it.Source.ID) && slices.Contains(r.Kinds, it.Kind) {
			res.Hits = append(res.Hits, index.Hit{Item: it})
		}
	}
	res.Total = len(res.Hits)
	return res, nil
}

// TestSeriesAreTheItemsOwnSourcesStatements: Series asks the index for
// the statistics of the item's own source that may state its figures'
// measures, and gives them without the item. Before (hostile check 51),
// nothing gave the explorer's figures table its source's other
// statements, so its own value for another period was no row.
func TestSeriesAreTheItemsOwnSourcesStatements(t *testing.T) {
	src := evidence.Source{ID: "alpha", Publisher: "Trust alpha"}
	f := func(v float64, period string) evidence.Figure {
		return evidence.Figure{Text: "x", Value: v, Unit: evidence.UnitPercent, Record: evidence.Record{Period: period, Key: "percent|district||wait"}}
	}
	a23 := evidence.Item{ID: "alpha#1", Kind: evidence.Statistic, Source: src, Figures: []evidence.Figure{f(99, "2023")}}
	a22 := evidence.Item{ID: "alpha#2", Kind: evidence.Statistic, Source: src, Figures: []evidence.Figure{f(40, "2022")}}
	b22 := evidence.Item{ID: "beta#2", Kind: evidence.Statistic, Source: evidence.Source{ID: "beta"}, Figures: []evidence.Figure{f(40, "2022")}}
	x := &seriesIndex{items: []evidence.Item{a23, a22, b22}}
	got, err := resolve.New(x, nil).Series(context.Background(), a23)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != a22.ID {
		t.Errorf("series %v, want alpha#2 alone", got)
	}
	if len(x.asked) != 1 || !slices.Equal(x.asked[0].Measures, []string{"percent|district||wait"}) || !slices.Equal(x.asked[0].Sources, []string{"alpha"}) {
		t.Errorf("asked %+v, want one measure search of alpha's statistics", x.asked)
	}
	if got, _ := resolve.New(x, nil).Series(context.Background(), evidence.Item{ID: "alpha#3", Kind: evidence.Excerpt, Source: src}); got != nil {
		t.Errorf("an excerpt's series %v, want none", got)
	}
}
