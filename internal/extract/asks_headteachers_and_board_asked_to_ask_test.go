package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAsksOfHeadteachersAndAskingABoardToAsk: a list under "We
// recommend:" whose items open with the people asked ("Headteachers
// send ...") asks schools, as "Schools give ..." does; and a writer who
// urges a board to ask named bodies for something asks the board (since
// round 87, internal/quality's conventions: "A should ask B to ..." is
// addressed to A), here the publishing council's committee, not the
// bodies it is to press. Written for this test (set 34 spent).
func TestAsksOfHeadteachersAndAskingABoardToAsk(t *testing.T) {
	doc := parsePublished(t, "Ashby Borough Council", `## What we are asking of schools

We recommend:

- Headteachers send the dental check reminder to parents of reception pupils before half term.
- Schools set aside a room for the dental team on each visit day.

## Next steps

I'd urge the committee to ask the ICB and the council for one shared plan for dental checks before the spring.
`)
	checkLines(t, recSummaries(extract.Extract(doc), true), []string{
		"|Headteachers send the dental check reminder to parents of reception pupils before half term.|Schools",
		"|Schools set aside a room for the dental team on each visit day.|Schools",
		"|I'd urge the committee to ask the ICB and the council for one shared plan for dental checks before the spring.|Local authorities",
	})
}
