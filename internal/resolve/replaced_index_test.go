package resolve_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
)

// oneIndex holds items and can say it was replaced since it was opened
// (Check), as an index the explorer watches does.
type oneIndex struct {
	items    []evidence.Item
	replaced error
	searches int
}

func (x *oneIndex) Check() error { return x.replaced }

func (x *oneIndex) Search(_ context.Context, r index.Request) (index.Result, error) {
	x.searches++
	if x.replaced != nil {
		return index.Result{}, x.replaced
	}
	var res index.Result
	for _, it := range x.items {
		if slices.Contains(r.IDs, it.ID) || slices.Contains(r.Sources, it.Source.ID) {
			res.Hits = append(res.Hits, index.Hit{Item: it})
		}
	}
	res.Total = len(res.Hits)
	return res, nil
}

func h50(id, text string) evidence.Item {
	src, _, _ := strings.Cut(id, "#")
	return evidence.Item{ID: id, Kind: evidence.Statistic, Text: text, Source: evidence.Source{ID: src, Publisher: "Trust", Date: evidence.Date{Year: 2024}}}
}

// TestRememberedIsNotGivenOutOnceReplaced: an id resolved once and asked
// again after another cypx replaced the index is told as the replacement
// (index.ErrReplaced, from the searcher's Check), not answered from what
// the resolver remembers. Before (hostile check 50), the explorer's basket
// and export answered a removed report's finding from memory, the index
// never read, so nothing found it replaced.
func TestRememberedIsNotGivenOutOnceReplaced(t *testing.T) {
	x := &oneIndex{items: []evidence.Item{h50("gone#00000001", "99% waited.")}}
	r := resolve.New(x, nil)
	if rs, err := r.ResolveAll(context.Background(), []string{"gone#00000001"}); err != nil || rs[0].Missing {
		t.Fatalf("before: %+v, %v", rs, err)
	}
	x.replaced = fmt.Errorf("%w (/cache/index)", index.ErrReplaced)
	rs, err := r.ResolveAll(context.Background(), []string{"gone#00000001"})
	if !errors.Is(err, index.ErrReplaced) {
		t.Fatalf("after the index was replaced: %+v, %v, want ErrReplaced", rs, err)
	}
}

// TestAHeldItemNeverStandsForTheIndexs: an item handed in from a list
// held over an index since rebuilt (the explorer's selection, whose links
// the detail pane asks for) does not become what its id resolves to,
// and the index's item for the id is not displaced by it: the basket and
// the export read the new index's text (or missing). Before (hostile
// check 50), the new index's resolver remembered the held item under its
// id and gave it to the basket and the export: the removed report's 99%.
func TestAHeldItemNeverStandsForTheIndexs(t *testing.T) {
	ctx := context.Background()
	x := &oneIndex{items: []evidence.Item{h50("edit#00000002", "12% waited.")}}
	r := resolve.New(x, nil)
	gone, edit := h50("gone#00000001", "99% waited."), h50("edit#00000002", "99% waited.")
	for _, held := range []evidence.Item{gone, edit} {
		if res, err := r.WithLinks(ctx, held); err != nil || res.Item.Text != held.Text {
			t.Fatalf("WithLinks of the held item: %+v, %v", res, err)
		}
		if _, err := r.Item(ctx, held); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string) {
		t.Helper()
		rs, err := r.ResolveAll(ctx, []string{"gone#00000001", "edit#00000002"})
		if err != nil {
			t.Fatal(err)
		}
		if !rs[0].Missing || rs[1].Missing || rs[1].Item.Text != "12% waited." {
			t.Errorf("%s: gone missing %v, edit %q, want missing and the index's 12%%", when, rs[0].Missing, rs[1].Item.Text)
		}
	}
	check("after the held items")
	// And once the index's item is known, a held item asked after it
	// does not displace it.
	if _, err := r.WithLinks(ctx, edit); err != nil {
		t.Fatal(err)
	}
	check("after the held item again")
	n := x.searches
	if rs, err := r.ResolveAll(ctx, []string{"edit#00000002"}); err != nil || rs[0].Item.Text != "12% waited." {
		t.Fatalf("a third time: %+v, %v", rs, err)
	}
	if x.searches != n {
		t.Errorf("the index's item resolved again is searched for again (%d searches, want %d): it is remembered", x.searches, n)
	}
}
