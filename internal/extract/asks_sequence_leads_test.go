package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestSequencedItAsks: asks set out in sequence, "First, the council
// should ...", "Second, it should ...", "Third, it should ...", each ask
// the body the first names; the sequence word is no part of the subject
// (set 47 spent; written for this test). "It should be noted" asks no
// one.
func TestSequencedItAsks(t *testing.T) {
	body := "## What next\n\nFirst, the council should open a second short breaks centre in the north of the county.\n\n" +
		"Second, it should publish the waiting list for short breaks every quarter.\n\n" +
		"Finally, it should ask families to help design the new centre.\n\n" +
		"It should be noted that the survey closed early.\n"
	var recs []evidence.Item
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Recommendation {
			recs = append(recs, it)
		}
	}
	if len(recs) != 3 {
		t.Fatalf("%d asks, want 3: %+v", len(recs), recs)
	}
	for _, r := range recs {
		if !slices.Contains(r.Actors, evidence.LocalAuthorities) {
			t.Errorf("%q asks %v, want the council", r.Text, r.Actors)
		}
	}
}
