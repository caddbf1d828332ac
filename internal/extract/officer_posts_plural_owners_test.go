package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// An audit's action plan gives its rows to posts several people hold
// ("Paediatric clinical leads", "Outpatient team secretaries") or to a post with its remit after a comma, written with a
// curly apostrophe ("Divisional director, Women’s and Children’s"): each
// row asks the trust, as a row owned by one officer does. Before (set
// 83), such rows were excerpts. A row owned by a person named is none.
func TestActionRowsOwnedByPostsSeveralHoldAskThePublisher(t *testing.T) {
	body := "## 5. Recommendations and action plan\n\n| Action | Owner | By when |\n|---|---|---|\n" +
		"| Start a care plan at the first clinic visit for every child with asthma | Paediatric clinical leads | May 2026 |\n" +
		"| Recruit to the vacant asthma nurse specialist post | Divisional director, Women’s and Children’s | July 2026 |\n" +
		"| Send a copy of every care plan to the child’s school nurse | Outpatient team secretaries | June 2026 |\n" +
		"| Tidy the shared drive of old audit forms | Jo Platt | May 2026 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "Tarnley Hospitals NHS Foundation Trust", body)) {
		if it.Kind != evidence.Recommendation {
			continue
		}
		got = append(got, it.Text)
		if !slices.Equal(it.Actors, []evidence.Actor{evidence.Trusts}) {
			t.Errorf("actors of %q: %v, want Trusts", it.Text, it.Actors)
		}
	}
	if len(got) != 3 {
		t.Errorf("%d recommendations, want the three rows owned by the trust's posts: %q", len(got), got)
	}
}
