package extract

import (
	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture that speaks of the page, the post or the mail itself (set
// 33), each a sentence whole:
//
//   - a pointer to a table or chart that states nothing ("Table 1 shows
//     how answers differed by age."); "Table 1 shows that 41% ..." states
//     a finding;
//   - a note that shares do not add up to 100;
//   - a personal blog's disclaimer ("written in a personal capacity",
//     "details have been changed to protect patients", "nothing here is
//     medical advice") and its invitation to comment;
//   - a mail's apology for writing late, thanks for joining the call it
//     follows up, "my notes and the actions we agreed are below";
//   - a promise to publish the replies of those written to, and a
//     lead-in over the writer's asks ("What we would like the board to
//     support:").
var (
	tablePointerRe   = lazyre.New(`(?i)^(?:table|figure|chart|graph|map)\s+\d{1,3}(?:\.\d{1,2})?\s+(?:shows|sets\s+out|illustrates|presents|gives|breaks\s+down|compares)\s+(?:how|what|where|whether|which|who|the)\b[^%£\d]{0,80}$`)
	sumTo100Re       = lazyre.New(`(?i)(?:^(?:` + noteLabel + `)?(?:the\s+)?(?:percentages|figures|totals|shares|proportions|numbers)\s+(?:` + roundedAnd + `)?(?:may|might|will|do|does|did|can)\s*(?:not|n['’]t)\s+(?:add|sum|total)\s+(?:up\s+)?(?:to\s+)?100\b[^!?]{0,120}$|` + roundedNoteRe + `)`)
	blogDisclaimerRe = lazyre.New(`(?i)^(?:this\s+(?:blog|post|site|article|piece)\s+(?:is|was)\s+written\s+in\s+a\s+personal\s+capacity\b|(?:all\s+)?(?:names\s+and\s+)?(?:identifying\s+)?details\s+(?:have\s+been|are|were)\s+changed\s+to\s+protect\s+(?:patients|families|children|people|identities|privacy|confidentiality|their\s+privacy)\b|nothing\s+(?:here|in\s+this\s+(?:post|blog)|on\s+this\s+(?:blog|site))\s+is\s+(?:medical|clinical|legal)\s+advice\b)[^!?]{0,120}$`)
	commentInviteRe  = lazyre.New(`(?i)^(?:comments\s+are\s+(?:open|welcome)(?:\s+below)?\.?$|if\s+you\s+(?:work|run|manage|have\s+worked)\b[^.!?]{0,60},\s+(?:i|we)\s+(?:would|['’]d)\s+(?:love|like|be\s+(?:glad|keen))\s+to\s+hear\b[^!?]{0,60}$)`)
	lateApologyRe    = lazyre.New(`(?i)^(?:sorry|apologies)\b[^.!?]{0,20}\b(?:this|it)\s+is\s+(?:a\s+(?:few|couple\s+of)\s+days|a\s+(?:day|week|bit|little))\s+later\s+than\s+(?:i|we)?\s*(?:promised|said|planned|hoped)\b[^!?]{0,100}$`)
	joinedThanksRe   = lazyre.New(`(?i)^(?:thank\s+you|thanks|many\s+thanks)(?:\s+(?:all|both|everyone|again))?\s+for\s+(?:joining|attending|coming\s+to)\s+(?:(?:the|our|this|last|yesterday['’]s|today['’]s|\w+day['’]s)\s+)+(?:[\w'’-]+\s+){0,3}(?:call|meeting|workshop|session|webinar|catch-up|discussion)\b[^!?]{0,200}$`)
	notesBelowRe     = lazyre.New(`(?i)^(?:my|our|the)\s+(?:notes|summary|minutes|actions)(?:\s+(?:and|&)\s+(?:the\s+)?(?:actions|notes|next\s+steps)(?:\s+(?:we|that\s+we)\s+agreed)?)?\s+(?:are|is)\s+(?:set\s+out\s+)?(?:below|attached)\.?$`)
	// asksLeadRe is a lead-in over the writer's asks: "What we would
	// like the board to support:".
	asksLeadRe       = lazyre.New(`(?i)^what\s+(?:we|i)(?:\s+(?:would\s+like|want|are\s+asking|need)|['’]d\s+like)\s+(?:(?:the|our|you|your)\s+)?(?:[\w'’-]+\s+){0,4}to\s+(?:support|do|agree(?:\s+to)?|consider|approve|fund|back|commit\s+to|change)\s*:$`)
	publishRepliesRe = lazyre.New(`(?i)^we\s+will\s+publish\s+(?:their|the|all|any)\s+(?:responses|replies|answers)\b[^!?%£\d]{0,60}$`)
)

// s33Classes are this file's furniture classes (see
// furnitureClasses).
var s33Classes = []furnitureClass{
	{lead: []string{"table", "figure", "chart", "graph", "map"}, re: tablePointerRe, maxWords: 20},
	{lead: []string{"the ", "percentages", "figures", "totals", "shares", "proportions", "numbers", "note"}, re: sumTo100Re, maxWords: 30, made: true, whole: true},
	{lead: []string{"this", "all", "names", "details", "identifying", "nothing"}, re: blogDisclaimerRe, maxWords: 40, made: true, whole: true},
	{lead: []string{"comments", "if you"}, re: commentInviteRe, maxWords: 30},
	{lead: []string{"sorry", "apologies"}, re: lateApologyRe, maxWords: 40, made: true, whole: true},
	{lead: []string{"thank", "many thanks"}, re: joinedThanksRe, maxWords: 50, dates: true},
	{lead: []string{"my", "our", "the"}, re: notesBelowRe, maxWords: 14},
	{lead: []string{"we will publish"}, re: publishRepliesRe, maxWords: 16},
	{lead: []string{"what we", "what i"}, re: asksLeadRe, maxWords: 16, overAsk: true},
}
