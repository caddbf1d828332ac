package extract

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// bodyActionRe opens an action a meeting's log sets a named body with
// the body itself: "Trust to write to ...", "Acute trust to set up ...".
// Group 1 is the body (one to four words, or up to seven capitalised
// ones: "Fernhill Community Health NHS Trust to publish ..."), group 2
// the action.
var bodyActionRe = lazyre.New(`^([A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,3}?|[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){4,6}?)\s+to\s+([a-z].*)$`)

// bodyActionRest is the action of an action-log line that opens with the
// body that is to act ("Council to share ..." gives "Share ..."), so
// the action is read as an imperative one is; else the text unchanged. The
// opening must name a body the vocabulary knows: a person's initials
// ("LT to circulate ...") or a name are the meeting's housekeeping.
func bodyActionRest(t string) string {
	m := bodyActionRe.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return t
	}
	if len(actionLogBody(m[1])) == 0 {
		return t
	}
	// The action is read as the imperative it would be without its
	// body, which opens with a capital.
	return strings.ToUpper(m[2][:1]) + m[2][1:]
}

// actionLogBody are the bodies the opening of an action-log line names:
// those the vocabulary knows ("Council", "ICB"), or trusts for a trust
// named by its kind alone ("Trust", "Acute trust"), which the vocabulary
// leaves out because "Trust" opens prose too ("Trust in services fell"),
// or named in brackets after a person ("H Barre (Trust)"),
// but which before "to" and a verb in an action log can only be the
// body; else nil.
func actionLogBody(s string) []evidence.Actor {
	a := mentionedActors(s)
	if len(a) > 0 && !slices.Equal(a, []evidence.Actor{evidence.OtherActor}) {
		return a
	}
	if f := strings.Fields(s); len(f) > 0 && strings.EqualFold(strings.Trim(f[len(f)-1], "()"), "trust") {
		return []evidence.Actor{evidence.Trusts}
	} else if len(f) > 1 && (f[0] == "Trust" || f[0] == "Trusts") {
		// A role in the trust, as an action table's owner cell names it:
		// "Trust medical directors", "Trust board".
		return []evidence.Actor{evidence.Trusts}
	}
	return nil
}

// actionRowOwners are the bodies an action row written out as text asks:
// those its owner cell names, or, when the owner is a body the vocabulary
// does not know ("Owner: Wyndale General Hospital"), the body its action
// opens with ("Acute trust to set up ..."); nil when neither names one.
func actionRowOwners(text string, end int) []evidence.Actor {
	if a := ownedBy(text[end:]); len(a) > 0 {
		return a
	}
	if m := bodyActionRe.FindStringSubmatch(strings.TrimSpace(text[:end])); m != nil {
		return actionLogBody(m[1])
	}
	return nil
}
