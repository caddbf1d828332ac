package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAHeadingIsReadWithoutItsMarks: "## *Our recommendations*" heads a
// list of asks as "## Our recommendations" does, and the items under a
// heading in bold name their section without its stars. Before (hostile
// check 70, G25 and G31), the imperative item under the emphasised
// heading was no recommendation and sections read "**Waits**".
func TestAHeadingIsReadWithoutItsMarks(t *testing.T) {
	for _, h := range []string{"Our recommendations", "*Our recommendations*", "**Our recommendations**"} {
		body := "## " + h + "\n\n1. Publish waiting times for every children's community service each quarter.\n2. Give every family on a waiting list a named contact.\n"
		recs := 0
		for _, it := range extract.Extract(parseBody(t, "Ashcombe Healthwatch", body)) {
			if it.Kind == evidence.Recommendation {
				recs++
			}
			if it.Section != "Our recommendations" {
				t.Errorf("%q: section %q", h, it.Section)
			}
		}
		if recs != 2 {
			t.Errorf("%q: %d recommendations, want 2", h, recs)
		}
	}
}
