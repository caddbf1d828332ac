package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestOwnerColumnJoinedWithDueDate: set 63 spent (every row
// written for this test). A delivery plan's table whose owner and
// due-date columns a PDF ran together ("Lead By when") still gives each
// row's action to the owner its cell names, and a reference of a few
// capitals and a number ("MH2") numbers the row.
func TestOwnerColumnJoinedWithDueDate(t *testing.T) {
	body := "## Delivery plan\n\n" +
		"| Ref | Action | Lead By when | Status |\n|---|---|---|---|\n" +
		"| MH1 | Set up a weekend drop-in clinic for young people in the town centre | Riverside Mental Health NHS Trust June 2027 | Amber |\n" +
		"| MH2 | Publish waiting times for each school cluster every term | ICB Head of Performance March 2027 | Green |\n"
	var recs []evidence.Item
	for _, it := range extract.Extract(parseBody(t, "Riverside ICB", body)) {
		if it.Kind == evidence.Recommendation {
			recs = append(recs, it)
		}
	}
	if len(recs) != 2 {
		t.Fatalf("recommendations %+v, want the two rows", recs)
	}
	if recs[0].Number != "MH1" || recs[1].Number != "MH2" {
		t.Errorf("numbers %q %q, want MH1 MH2", recs[0].Number, recs[1].Number)
	}
	if !slices.Equal(recs[0].Actors, []evidence.Actor{evidence.Trusts}) || !slices.Equal(recs[1].Actors, []evidence.Actor{evidence.ICBs}) {
		t.Errorf("actors %v %v, want [Trusts] [ICBs]", recs[0].Actors, recs[1].Actors)
	}
}
