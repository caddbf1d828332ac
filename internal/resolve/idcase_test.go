package resolve_test

import (
	"context"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/resolve"
)

// TestIDInAnotherCaseResolvesToTheItem: an id asked for in another case
// than the corpus spells its source ("REPORT#2", from a basket edited by
// hand) is the item, under the corpus's spelling: ids differ in more than
// case. Before: missing.
func TestIDInAnotherCaseResolvesToTheItem(t *testing.T) {
	r := resolve.New(&fakeIndex{}, nil).WithSources([]evidence.Source{report, news})
	all, err := r.ResolveAll(context.Background(), []string{"REPORT#2", "Gone#1"})
	if err != nil {
		t.Fatal(err)
	}
	if all[0].Missing || all[0].ID != "report#2" || all[0].Item.Text != plain.Text {
		t.Errorf("REPORT#2 resolved to %+v, want report#2", all[0])
	}
	if !all[1].Missing || all[1].ID != "Gone#1" {
		t.Errorf("an id of no source: %+v, want it missing as asked", all[1])
	}
}
