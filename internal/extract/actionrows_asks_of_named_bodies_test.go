package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestActionLogRowsAskingNamedBodies: a meeting's action log whose owners
// are officers' initials holds a recommendation in each row whose action
// asks a body the vocabulary knows ("Ask … NHS Trust to …", "Write to …
// Council … to …"), to that body, numbered by its reference ("B26/08"); a
// row of the meeting's own housekeeping ("Share the waiting list with
// members") asks no one. Before: every row was an excerpt.
func TestActionLogRowsAskingNamedBodies(t *testing.T) {
	doc := parsePublished(t, "NHS Fallowmere Integrated Care Board", `## Action log

| No. | Action | Owner | Due |
| --- | --- | --- | --- |
| B26/07 | Share the speech therapy waiting list with Board members | DH | Apr 2026 |
| B26/08 | Ask Fallowmere Community Health NHS Trust to set out its recovery plan for the audiology service | RK | May 2026 |
| B26/09 | Write to Fallowmere Borough Council to agree shared funding for the school nursing drop-ins | SB | Jun 2026 |
`)
	checkLines(t, recSummaries(extract.Extract(doc), true), []string{
		"B26/08|Ask Fallowmere Community Health NHS Trust to set out its recovery plan for the audiology service|Trusts",
		"B26/09|Write to Fallowmere Borough Council to agree shared funding for the school nursing drop-ins|Local authorities",
	})
}
