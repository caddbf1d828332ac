package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestRefActionColumn: an action plan's table whose reference and action
// columns are read as one ("Ref Action") asks the owner each row's action,
// numbered by its reference (set 57 spent; written for this test). A row
// owned by no named body stays unasked.
func TestRefActionColumn(t *testing.T) {
	body := "## Priority 2: Speech and language\n\n" +
		"| Ref Action | Owner | By when | RAG |\n|---|---|---|---|\n" +
		"| 2.1 Recruit three more speech and language therapists for the early years team. | Head of Commissioning, Eastvale Council | June 2027 | Amber |\n" +
		"| 2.2 Rebuild the referral form with parents so that it takes ten minutes. | Head of SEND, Eastvale Council | May 2027 | Green |\n" +
		"| 2.3 Audit every plan each term with the parent panel. | Parent panel | May 2027 | Green |\n"
	recs := map[string]evidence.Item{}
	for _, it := range extract.Extract(parseBody(t, "Eastvale SEND Partnership", body)) {
		if it.Kind == evidence.Recommendation {
			recs[it.Number] = it
		}
	}
	for _, n := range []string{"2.1", "2.2"} {
		it, ok := recs[n]
		if !ok {
			t.Errorf("action %s not read as a recommendation: %v", n, recs)
			continue
		}
		if len(it.Actors) != 1 || it.Actors[0] != evidence.LocalAuthorities {
			t.Errorf("action %s actors %v, want local authorities", n, it.Actors)
		}
	}
	if _, ok := recs["2.3"]; ok {
		t.Error("an action owned by no named body read as a recommendation")
	}
}
