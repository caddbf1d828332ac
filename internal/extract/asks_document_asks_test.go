package extract_test

import (
	"fmt"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestDocumentAsksAndAsksOpenedByAnd: leftovers round 13h (every sentence written for this
// test). A writer's ask opened by "And" asks as it would without it; a
// document asked to say, include or name something is an ask of no body;
// a document's content reported, or a plan to be reviewed, asks nothing;
// nor does a paper saying what a board is asked to decide, or a board
// asked to back a number of recommendations listed after it. A body
// described in an aside ("councils, as commissioners of ..., should") is
// the body asked, not the role the aside names.
func TestDocumentAsksAndAsksOpenedByAnd(t *testing.T) {
	for _, c := range []struct {
		sentence string
		rec      bool
		actors   string // the actors of the ask, formatted, when rec
	}{
		{"And we are asking every secondary school to keep a defibrillator by the sports hall.", true, "[Schools]"},
		{"Finally, we are calling on every integrated care board to publish its waits for therapy.", true, "[ICBs]"},
		{"And we know that 35% of schools still have no defibrillator.", false, ""},
		{"The framework should set out clearly which service holds the child's records after 18.", true, "[]"},
		{"Parents are anxious about the change, and we recommend that each local transition plan names a key worker.", true, "[]"},
		{"A named lead with a duty to report to parents would help, and we would like the code to require one in every area.", true, "[]"},
		{"The framework says each plan should include the young person's own goals.", false, ""},
		{"The framework should be reviewed by the partnership every two years.", false, ""},
		{"This paper sets out which teams are short of staff, what the waits are and what the committee is asked to agree.", false, ""},
		{"The committee is asked to endorse three recommendations.", false, ""},
		{"Councils, as commissioners of school nursing, should offer a drop-in in every secondary school.", true, "[Local authorities]"},
		{"The report says councils, as the commissioners of health visiting, should fund a second review at home.", true, "[Local authorities]"},
		{"The committee is asked to approve the workforce plan and to fund a second nurse post.", true, "[Other]"},
	} {
		items := extract.Extract(parseBody(t, "Heartsafe Kids", "## News\n\n"+c.sentence+"\n"))
		var got *evidence.Item
		for i := range items {
			if items[i].Kind == evidence.Recommendation {
				got = &items[i]
			}
		}
		if (got != nil) != c.rec {
			t.Errorf("%s\nrecommendation %v, want %v", c.sentence, got != nil, c.rec)
			continue
		}
		if got != nil && fmt.Sprint(got.Actors) != c.actors {
			t.Errorf("%s\nactors %v, want %s", c.sentence, got.Actors, c.actors)
		}
	}
}
