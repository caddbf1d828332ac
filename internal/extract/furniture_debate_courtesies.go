package extract

import "github.com/cypx/cypx/internal/lazyre"

// A debate's courtesies to an intervention, furniture in any record of a
// debate (Hansard, a council's webcast transcript):
//
//   - a speaker's reply that only grants the point and defers it: "The
//     hon. Gentleman is right, and I will come to that shortly.", "My
//     hon. Friend makes an important point.";
//   - thanks for the intervention: "I thank the hon. Lady for her
//     intervention.";
//   - giving way: "I will give way.", "Will the hon. Member give way?".
//
// The near miss stays evidence: a reply that says what the member is right
// about ("The hon. Lady is right that the wait has doubled"), a figure,
// or anything after the deferral but the deferral's own words.
var (
	hon               = `(?:(?:my|the)\s+)?(?:right\s+)?hon\.?\s+(?:and\s+(?:learned|gallant)\s+)?(?:gentleman|lady|member|friend)`
	grantedPointRe    = lazyre.New(`(?i)^` + hon + `\s+(?:is\s+(?:absolutely\s+|quite\s+|entirely\s+|of\s+course\s+)?right|makes\s+(?:an?|a\s+very)\s+(?:good|fair|important|valid|powerful|strong|serious|excellent)\s+point|raises\s+(?:an?|a\s+very)\s+(?:good|fair|important|valid|serious)\s+point)(?:,?\s+and\s+I\s+(?:will|shall|intend\s+to|am\s+going\s+to)\s+(?:come|turn|return)\s+to\s+(?:that|this|it|\w+)(?:\s+(?:shortly|later|in\s+a\s+moment|in\s+my\s+remarks|now))?)?\s*[.!]?$`)
	thanksInterventRe = lazyre.New(`(?i)^I\s+(?:thank|am\s+grateful\s+to)\s+` + hon + `(?:\s+for\s+(?:his|her|their)\s+(?:intervention|question|point))?\s*\.?$`)
	givingWayRe       = lazyre.New(`(?i)^(?:I\s+(?:will|shall|am\s+happy\s+to|would\s+be\s+happy\s+to)\s+give\s+way(?:\s+(?:briefly|once\s+more|one\s+last\s+time))?|I\s+give\s+way(?:\s+to\s+` + hon + `)?|will\s+(?:` + hon + `|the\s+minister)\s+give\s+way)\s*[.?]?$`)
)

// debateCourtesyClasses are this file's furniture classes (see
// furnitureClasses).
var debateCourtesyClasses = []furnitureClass{
	{lead: []string{"the hon", "the right hon", "my hon", "my right hon"}, re: grantedPointRe, maxWords: 25},
	{lead: []string{"i thank", "i am grateful"}, re: thanksInterventRe, maxWords: 20},
	{lead: []string{"i will give", "i shall give", "i give way", "i am happy to give", "i would be happy to give", "will the"}, re: givingWayRe, maxWords: 20},
}
