package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/lazyre"
)

// A meeting's action log ("No. | Action | Owner | Due") gives some rows
// to a person or to one of the meeting's officers, asking only for
// information to be passed on: "A1 | Circulate the district figures |
// Scrutiny Officer | 31 October". Such a row is the meeting's
// housekeeping (an action a person owns that asks no body and no more
// than information, as ownerCellEnd reads an action line) and makes no
// item; before, a row of no figure and four words or more was an
// excerpt, and the whole row its text. The near misses that stay: a row
// whose action names the body to act ("Trust to write to GP practices",
// owned by a person: an ask of the trust), a row a body owns ("ICB"), a
// row an officer owns whose action is work ("Develop a business case for
// two posts": the body's own plan), and a row of findings.

// personNameRe is a person's name alone, as an owner cell gives it: "Dr
// Ada Lee", "Sam Ortiz", "J. Patel".
var personNameRe = lazyre.New(`^(?:(?:Dr|Prof|Professor|Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?(?:\p{Lu}\.?\s+|\p{Lu}[\p{L}'’-]+\s+)(?:\p{Lu}\.?\s+)?\p{Lu}[\p{L}'’-]+$`)

// passOnVerbs open an action that passes information on: "Circulate the
// figures", "Share the slides with members", "Send the dates to the
// clerk".
var passOnVerbs = map[string]bool{"circulate": true, "recirculate": true, "re-circulate": true, "share": true, "send": true,
	"forward": true, "email": true, "e-mail": true, "check": true, "confirm": true, "clarify": true, "chase": true, "book": true}

// housekeepingActionRow reports a row of an action table (a column
// headed as actions and an owner column) whose owner is a person or an
// officer's post, and whose action neither names a body to act nor asks
// one, nor asks more than information (tableAction, or a verb that
// passes information on).
func housekeepingActionRow(b corpus.Block) bool {
	owner, ok := ownerCell(b)
	if !ok || owner == "" || len(mentionedActors(owner)) > 0 {
		return false
	}
	if !personNameRe.MatchString(owner) && !officerPostRe.MatchString(owner) {
		return false
	}
	for i, c := range b.Cells {
		if i >= len(b.Header) || !actionColumnRe.MatchString(strings.TrimSpace(b.Header[i])) {
			continue
		}
		t := strings.TrimSpace(c.Text)
		if t == "" || len(askedInAction(t)) > 0 || bodyActionRest(t) != t || ownedSubjectRe.MatchString(t) || tableAction(t) && !passOnVerbs[strings.ToLower(firstWord(t))] {
			return false
		}
		return true
	}
	return false
}
