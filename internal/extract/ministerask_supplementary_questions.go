package extract

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// ministerAgreeRe is a member's supplementary question asking the
// minister to commit the Government to act: "Will the Minister agree to
// publish a waiting-time standard ...?", "Would my noble friend commit to
// funding ...?". Group 1 is the act. "Does the Minister agree that ..."
// asks an opinion, and "agree to meet" a meeting: neither is an ask of
// the Government.
var ministerAgreeRe = lazyre.New(`^(?:(?:And|So|But)\s+)?(?:Will|Would|Can|Could)\s+(?:(?:my\s+(?:right\s+)?(?:hon(?:ourable|\.)?\s+|noble\s+)?friend|the\s+noble\s+(?:Lord|Baroness|Lady|Earl)|the\s+(?:Minister|Secretary\s+of\s+State|Prime\s+Minister|Government))\s+)(?:(?:therefore|now|also|today|please)\s+)?(?:agree|commit|undertake|pledge|promise)\s+to\s+([a-z]+)`)

// ministerAsk is the Government, for a question of ministerAgreeRe whose
// act is no request for information or a meeting; nil otherwise.
func ministerAsk(t string) []evidence.Actor {
	m := ministerAgreeRe.FindStringSubmatch(t)
	if m == nil || infoVerbs[m[1]] || meetingVerbs[m[1]] || m[1] == "look" || m[1] == "consider" || m[1] == "write" {
		return nil
	}
	return []evidence.Actor{evidence.Government}
}
