package extract

import "github.com/cypx/cypx/internal/lazyre"

// A parliament page's explainer of its own kinds of business, the same on
// every motion's or question's page:
//   - what an early day motion is: "Early day motions (EDMs) are motions
//     put down by MPs that are seldom debated.";
//   - who may sign one: "Any Member may add their name.", "Any MP can sign
//     an early day motion."
//
// A figure keeps the sentence ("Any MP may add their name, and 84 have"),
// the class being no "made" one.
var (
	motionExplainerRe = lazyre.New(`(?i)^early\s+day\s+motions\s+(?:\(edms\)\s+)?are\s+(?:formal\s+)?(?:motions|notices|proposals)\b[^!?%£]{0,160}$`)
	anyMPMaySignRe    = lazyre.New(`(?i)^any\s+(?:mp|member(?:\s+of\s+parliament)?)\s+(?:may|can)\s+(?:add\s+(?:their|his\s+or\s+her)\s+names?(?:\s+to\s+(?:it|an?\s+early\s+day\s+motion|the\s+motion))?|sign\s+(?:it|an?\s+early\s+day\s+motion|the\s+motion))\.?$`)
)

// motionExplainerClasses are this file's furniture classes (see furnitureClasses).
var motionExplainerClasses = []furnitureClass{
	{lead: []string{"early day motions"}, re: motionExplainerRe, maxWords: 40},
	{lead: []string{"any mp", "any member"}, re: anyMPMaySignRe, maxWords: 16},
}
