package resolve_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
)

// sourcesIndex is fakeIndex that also answers a search by source.
type sourcesIndex struct{ fakeIndex }

func (f *sourcesIndex) Search(ctx context.Context, r index.Request) (index.Result, error) {
	if len(r.IDs) > 0 {
		return f.fakeIndex.Search(ctx, r)
	}
	var res index.Result
	for _, it := range []evidence.Item{coverage, primary, plain} {
		if slices.Contains(r.Sources, it.Source.ID) && len(res.Hits) < r.Limit {
			res.Hits = append(res.Hits, index.Hit{Item: it})
		}
	}
	res.Total = len(res.Hits)
	return res, nil
}

// TestMissingItemSaysWhetherItsSourceIsThere: a basket item missing from
// a source still in the corpus (the source edited since the item was
// added) is told so, and told apart from one whose source has gone
// (round 25, red team). Before: both said "its source is no longer in the
// corpus", and the user looked for a source that was there.
func TestMissingItemSaysWhetherItsSourceIsThere(t *testing.T) {
	r := resolve.New(&sourcesIndex{}, nil)
	all, err := r.ResolveAll(context.Background(), []string{"report#deadbeef", "gone#deadbeef", "report#2"})
	if err != nil {
		t.Fatal(err)
	}
	if !all[0].Missing || !strings.Contains(all[0].MissingReason(), "report no longer holds it") {
		t.Errorf("item gone from a source still there: %+v, %q", all[0], all[0].MissingReason())
	}
	if !all[1].Missing || !strings.HasPrefix(all[1].MissingReason(), "its source is not in the corpus searched") {
		t.Errorf("item whose source has gone: %q", all[1].MissingReason())
	}
	if all[2].Missing || all[2].MissingReason() != "" {
		t.Errorf("an item found: %+v", all[2])
	}
}
