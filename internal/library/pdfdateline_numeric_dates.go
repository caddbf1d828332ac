package library

import (
	"fmt"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// numericDateLineRe is a first page's line that is a labelled date in
// figures, day first as in the UK: "Date: 27/11/2026" (a court's judgment
// under its case number), "Date: 3.2.2025".
var numericDateLineRe = lazyre.New(`(?i)^\s*date(?: of (?:judgment|judgement|decision|issue|publication))?\s*:\s*(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\s*$`)

// numericDateLine dates a document by the first row of its first page
// that is numericDateLineRe, where no dateline in words did: the file's
// creation time is when it was saved, not the day it states.
func numericDateLine(rs []*row) (evidence.Date, string) {
	for _, r := range rs {
		for _, f := range r.frags {
			m := numericDateLineRe.FindStringSubmatch(f.text)
			if m == nil {
				continue
			}
			d, err := evidence.ParseDate(fmt.Sprintf("%s-%s-%s", m[3], pad2(m[2]), pad2(m[1])))
			if err == nil {
				return d, "the first page's date line: " + m[0]
			}
		}
	}
	return evidence.Date{}, ""
}

// versionIssuedRe is a version line stating when the version was issued:
// "Version 1.2, submitted to the regulators on 4 December 2026",
// "Version 3 issued 2 May 2025". The version's issue dates the document,
// before a month the subtitle names ("our response to the inspection of
// September 2026").
var versionIssuedRe = lazyre.New(`(?i)^\s*(?:version|v)\s*\d+(?:\.\d+)*,?\s+(?:final,?\s+)?(?:submitted|issued|approved|agreed|signed\s+off|sent)\b`)

// placesBodyRe is a body named for the places it serves, listed with
// commas before its kind: "Tarrow, Ashcombe and Wyle Safeguarding
// Children Partnerships", "Fenn, Rye and Lowmoor Councils". Its commas
// list places and cut no name, as a comma after a body's name does.
var placesBodyRe = lazyre.New(`^\p{Lu}[\p{L}'’-]+(?:, \p{Lu}[\p{L}'’-]+)+,? and \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,5} (?:Partnerships?|Councils?|Boards?|Trusts?|Panels?|Services|Alliance|Collaborative|Network|Group)$`)
