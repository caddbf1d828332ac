package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestACountOfRecommendationsIsNoneOfThem: "5.1 The panel makes 6
// recommendations." under a numbered heading of recommendations, or as
// a numbered list item, counts the asks that follow and asks no one; the
// asks after it stay recommendations. Before (set 73), the count was
// read as a recommendation of its own.
func TestACountOfRecommendationsIsNoneOfThem(t *testing.T) {
	for _, body := range []string{
		"## 5. Recommendations\n\n5.1 The panel makes 6 recommendations.\n\n5.2 The ICB should publish its waiting times every month.\n\n5.3 The council should fund two more family hubs.\n",
		"## Recommendations\n\n1. This report sets out three recommendations for the ICB.\n2. The ICB should publish its waiting times every month.\n3. The council should fund two more family hubs.\n",
	} {
		var recs []string
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			if it.Kind == evidence.Recommendation {
				recs = append(recs, it.Text)
			}
		}
		if len(recs) != 2 || recs[0] != "The ICB should publish its waiting times every month." {
			t.Errorf("recommendations %q, want the two asks only", recs)
		}
	}
}
