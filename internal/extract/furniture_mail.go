package extract

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// E-mail furniture a held-out check found kept as excerpts (round r14):
//
//   - thanks for a meeting, for coming or for an invitation to one:
//     "Thank you for meeting us at the forum's coffee morning last week",
//     "Thank you for the invitation", "Thanks to everyone who
//     joined Tuesday's workshop ..., and to the ICB for hosting it";
//   - the writer's own next step: "I will circulate your reply to our
//     members", "I'll send the slides round separately", "We'll circulate
//     the notes after the meeting" (never what a body will do for
//     services, "We will open two clinics", nor a step that asks: "We will
//     share this booklet with the board and ask to see a plan");
//   - an action owned by a named person: "Action: Priya to share the
//     pathway", "Action: JS and Marcus to book the room" (a body's action,
//     "Action: Trust to ...", is a recommendation);
//   - the same actions listed under a heading with no label (the e-mail
//     round): "JB to circulate the slides", "All to send case studies to
//     Priti by 30 September", "Network manager to set up a group";
//   - an offer closing a page or a mail: "If you would like a speaker for
//     a council meeting, please get in touch with our policy team";
//   - a bare lead-in over a list: "The key points from Tuesday's
//     discussion were:", "The three main concerns parents raised are:";
//   - a chart's or a table's source line left in the text: "Source: NHS
//     England, Mental Health Services Data Set, 2024" (the importers drop
//     it on its own line; a corpus file or a pasted paragraph keeps it).
var (
	bareLeadInRe    = lazyre.New(`(?i)^(?:(?:the|our|some\s+of\s+the|here\s+are\s+the)\s+)?(?:(?:key|main|headline|top|most\s+important|biggest|central|common|recurring|(?:two|three|four|five|six))\s+)+(?:points|issues|themes|messages|findings|things|concerns|takeaways|headlines|questions|risks|priorities|problems)\b[^:.!?]{0,80}?(?:\s+(?:were|are|included|include|was|is|raised|heard|discussed))?\s*:$`)
	sourceLineRe    = lazyre.New(`(?i)^(?:data\s+)?sources?\s*:\s*\S`)
	thanksMeetingRe = lazyre.New(`(?i)^(?:(?:many|huge|big|special)\s+)?(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?(?:\s+again)?\s+(?:(?:to\s+(?:everyone|everybody|all(?:\s+of\s+you)?|each\s+of\s+you|those|you\s+all)(?:\s+(?:who|that))?\s+(?:joined|came|attended|took\s+part|contributed|dialled\s+in|(?:for\s+)?(?:joining|coming|attending|taking\s+part)))|for\s+(?:meeting|seeing|hosting|joining|inviting|having|welcoming|listening\s+to|coming|attending|taking\s+the\s+time|making\s+the\s+time|(?:the|your)\s+(?:kind\s+)?(?:invitation|invite)\b))`)
	ownNextStepRe   = lazyre.New(`(?i)^(?:(?:and|also|in\s+the\s+meantime|meanwhile)[,\s]+)?(?:i|we)(?:\s+will|\s+shall|['’]ll)\s+(?:also\s+|then\s+|now\s+|just\s+)?(?:circulate|send|forward|pass\s+on|post|upload|e-?mail|write\s+up|type\s+up|book|set\s+up|chase|add|let\s+you\s+know|update\s+you|keep\s+you\s+(?:posted|updated|informed)|follow\s+up|get\s+back\s+to\s+you|come\s+back\s+to\s+you)\b`)
	personActionRe  = lazyre.New(`^(?i:actions?)\s*(?:\d{1,2}\s*)?(?::|\s[-–—])\s*((?:[A-Z][a-z]+|[A-Z]{2,3})(?:\s+[A-Z][a-z]+)?(?:\s*(?:,|and|&|/)\s*(?:[A-Z][a-z]+|[A-Z]{2,3})(?:\s+[A-Z][a-z]+)?)*)\s+to\s+[a-z]`)
	listActionRe    = lazyre.New(`^((?:[A-Z]{2,3}|[A-Z][a-z]+\s+[A-Z]{1,2})(?:\s*(?:,|and|&|/)\s*[A-Z]{2,3})*|All|Everyone|[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:manager|lead|chair|officer|co-?ordinator|secretary|administrator|clerk))\s+to\s+([a-z]+)\b`)
	offerToReaderRe = lazyre.New(`(?i)^if\s+you\s+(?:would\s+like|want|wish|need|are\s+interested\s+in|have\s+any\s+questions)\b[^.!?]{0,100}?,?\s+(?:please\s+)?(?:do\s+)?(?:get\s+in\s+touch|contact\s+(?:us|me|our|the\s+(?:team|office))|e-?mail\s+(?:us|me)|let\s+(?:us|me)\s+know|drop\s+(?:us|me)\s+a\s+line|give\s+(?:us|me)\s+a\s+(?:call|ring))\b[^.!?]{0,60}[.!]?$`)
)

// listActionOwner: an action in a meeting's list with no "Action:" label,
// owned by initials ("JB to circulate the slides"), by everyone ("All to
// send case studies to Priti") or by a person's role ("Network manager to
// set up a group"), not by a body ("ICB to", "Trusts to"), nor a wish
// for everyone ("All to have a named nurse").
func listActionOwner(t, _ string) bool {
	m := listActionRe.FindStringSubmatch(t)
	if m == nil || len(actorsIn(m[1])) > 0 || ownerWishVerbs[m[2]] {
		return false
	}
	a, _ := leadingActorsEnd(m[1] + " to")
	return len(a) == 0 || slices.Equal(a, []evidence.Actor{evidence.OtherActor})
}

// ownerWishVerbs follow "All to" in a wish for a group, not an action.
var ownerWishVerbs = map[string]bool{"be": true, "have": true, "get": true, "receive": true, "see": true}

// personOwner: an action's owner named as a person (a first name, a
// name, initials), not a body or a group ("Action: Trust to", "Action:
// Schools to", "Action: All to").
func personOwner(t, _ string) bool {
	m := personActionRe.FindStringSubmatch(t)
	if m == nil || len(actorsIn(m[1])) > 0 {
		return false
	}
	if a, _ := leadingActorsEnd(m[1] + " to"); len(a) > 0 && !slices.Equal(a, []evidence.Actor{evidence.OtherActor}) {
		// "Action: Trust to ...", "Action: Health visitors to ..."; a
		// name the vocabulary does not know reads as Other, as a
		// person's does.
		return false
	}
	for _, w := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ' ' || r == ',' || r == '&' || r == '/' }) {
		if groupOwners[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// groupOwners own an action as a group: "Action: All to read the paper"
// is the meeting's, "Action: Members to" the committee's.
var groupOwners = map[string]bool{"all": true, "everyone": true, "members": true, "partners": true, "parents": true,
	"families": true, "officers": true, "staff": true, "chair": true, "board": true, "committee": true, "group": true,
	"forum": true, "team": true, "leads": true, "governors": true, "commissioners": true, "practices": true}
