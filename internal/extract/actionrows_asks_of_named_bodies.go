package extract

import (
	"slices"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// askOfBodyRe opens an action that asks a body for something, as a
// meeting's action log sets it against an officer's initials: "Ask
// Fallowmere Community Health NHS Trust to set out …", "Write to the two
// councils to agree …", "Press the ICB for …". Group 1 names the body.
var askOfBodyRe = lazyre.New(`^(?:Ask|Write\s+to|Press|Urge|Request)\s+(.{3,90}?)\s+(?:to|for|about|asking)\s+[a-z]`)

// askedInAction are the bodies an action-log row's action asks (see
// askOfBodyRe), when the vocabulary knows them; nil else. Its owner, an
// officer's initials ("LP"), is who will do the asking: the meeting's
// recommendation is to the body asked. Before, such a row was an
// excerpt, its owner naming no body.
func askedInAction(t string) []evidence.Actor {
	m := askOfBodyRe.FindStringSubmatch(t)
	if m == nil {
		return nil
	}
	a := actorsIn(m[1])
	if len(a) == 0 || slices.Contains(a, ownUnit) || slices.Equal(a, []evidence.Actor{evidence.OtherActor}) {
		return nil
	}
	return a
}
