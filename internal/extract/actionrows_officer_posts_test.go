package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestActionsSectionOfficerRowsAsk: a board report's section headed
// "Actions" alone gives each row to one of the body's officers with a date: the body is
// asked each row's action. Before, the rows were excerpts.
func TestActionsSectionOfficerRowsAsk(t *testing.T) {
	for _, head := range []string{"## 5. Actions\n\n", "## 12. Actions\n\n"} {
		body := head + "| Action | Owner | By when |\n|---|---|---|\n" +
			"| Revise the discharge letter template with the two surgical wards | Head of Nursing, Surgery | 30 June 2027 |\n" +
			"| Agree a shared referral form with the community team | Clinical Director, Paediatrics | 31 May 2027 |\n"
		n := 0
		for _, it := range extract.Extract(parseBody(t, "Wexley Children's NHS Foundation Trust", body)) {
			if it.Kind == evidence.Recommendation {
				n++
			}
		}
		if n != 2 {
			t.Errorf("%q: %d recommendations, want 2", head, n)
		}
	}
}
