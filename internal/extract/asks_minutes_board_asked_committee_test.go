package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestMinutesBoardAskedItsCommitteeAndChairToWrite: minutes record an
// ask of the meeting's body in the simple past, "The Board asked the
// Finance Committee to review …" (after "RESOLVED:" too), and a decision
// that "the Chair should write to" a body: each is a recommendation of
// the publishing body, whose committee or chair is asked. A member who
// asked a question asks nothing. Before: both were excerpts.
func TestMinutesBoardAskedItsCommitteeAndChairToWrite(t *testing.T) {
	doc := parsePublished(t, "NHS Fallowmere Integrated Care Board", `## 6. Children's community services

The Board asked the Finance Committee to review the cost of the speech therapy backlog at its March meeting.

RESOLVED: The Board asked the People Committee to report on vacancies in the school nursing team each quarter.

The Board agreed that the Chair should write to the Department for Education about the delay to the SEND funding settlement.

Cllr Hart asked the Director of Nursing to explain why the audiology figures had not improved.
`)
	checkLines(t, recSummaries(extract.Extract(doc), true), []string{
		"|The Board asked the Finance Committee to review the cost of the speech therapy backlog at its March meeting.|ICBs",
		"|RESOLVED: The Board asked the People Committee to report on vacancies in the school nursing team each quarter.|ICBs",
		"|The Board agreed that the Chair should write to the Department for Education about the delay to the SEND funding settlement.|ICBs",
	})
}
