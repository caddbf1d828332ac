package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Three classes of furniture held-out set 99 showed as items:
//
//   - the sentences of the rights paragraph that closes every answer to a
//     freedom of information request after its opening (reviewRightsRe):
//     "Internal review requests should be made in writing within 40
//     working days of the date of this letter", "… complain to the
//     Information Commissioner". Its "40 working days" is the Act's, no
//     finding of the answer's;
//   - minutes' opening courtesies: "The Chair welcomed members and noted
//     that the meeting was quorate.";
//   - a local Healthwatch's statement of what it is, which every one of
//     its reports repeats: "Healthwatch Wexmoor is the independent
//     champion for people who use health and social care services."
var reviewRightsAndQuorumClasses = []furnitureClass{
	{re: reviewRequestRe, maxWords: 45, made: true, whole: true, and: noMoney, may: namesReviewOrCommissioner},
	{lead: []string{"the chair welcomed", "the chairman welcomed", "the chairperson welcomed", "the meeting was quorate"}, re: quorumRe, maxWords: 20, whole: true},
	{lead: []string{"healthwatch", "local healthwatch"}, re: healthwatchChampionRe, maxWords: 30, whole: true},
}

// reviewRequestRe is a sentence of the rights paragraph after it: how and
// by when to ask for an internal review, or the right to go to the
// Information Commissioner.
var reviewRequestRe = lazyre.New(`(?i)^(?:(?:internal\s+)?review\s+requests?|requests?\s+for\s+(?:an\s+)?internal\s+review|you\s+(?:can|may|must|should)\s+(?:ask|request|apply)\s+for\s+(?:an\s+)?internal\s+review|you\s+(?:also\s+)?have\s+the\s+right\s+to\s+(?:ask\s+for\s+an\s+internal\s+review|complain|apply|appeal)|if\s+you\s+(?:are|remain)\s+[^.]{0,60}\s+(?:after|following)\s+(?:the|an|our)\s+internal\s+review)\b[^!?]{0,220}\b(?:working\s+days|information\s+commissioner|ico\b|review)`)

// quorumRe is minutes' opening courtesy, with nothing done in it.
var quorumRe = lazyre.New(`(?i)^the\s+(?:(?:chair(?:man|person)?)\s+welcomed\s+(?:members|everyone|all|attendees|those\s+present|colleagues)(?:\s+to\s+the\s+meeting)?(?:\s+and\s+(?:noted|confirmed)\s+that\s+the\s+meeting\s+was\s+quorate)?|meeting\s+was\s+quorate)\s*\.?$`)

// healthwatchChampionRe is a local Healthwatch saying what it is.
var healthwatchChampionRe = lazyre.New(`(?i)^(?:local\s+)?healthwatch(?:\s+[A-Z][\w'’-]*){0,4}\s+is\s+(?:your|the)\s+(?:local\s+)?(?:independent\s+)?(?:health\s+and\s+(?:social\s+)?care\s+)?champion\b[^!?]{0,160}$`)

// namesReviewOrCommissioner is reviewRequestRe's cheap test: the class
// lies past the cue table's 64 classes.
func namesReviewOrCommissioner(_, lower string) bool {
	return strings.Contains(lower, "review") || strings.Contains(lower, "commissioner")
}
