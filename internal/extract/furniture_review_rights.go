package extract

import "github.com/cypx/cypx/internal/lazyre"

// A reply's statement of the requester's rights (set 27): every Freedom of
// Information or complaint reply ends by saying how to ask for a review
// and complain to the regulator ("If you are unhappy with the way we have
// handled your request, you may ask for an internal review", "If you
// remain dissatisfied after the review, you can complain to the
// Information Commissioner's Office", held-out set 99's "If you are
// dissatisfied with the handling of your request, you have the right to
// ask for an internal review"). The words are the law's, not the
// publisher's evidence.
var reviewRightsRe = lazyre.New(`(?i)^if\s+you\s+(?:are|remain|are\s+still)\s+(?:unhappy|dissatisfied|not\s+(?:happy|satisfied))\s+(?:with\s+the\s+handling\s+of\s+(?:your|this)\s+(?:request|complaint)|with\s+(?:the\s+way|how)\s+(?:we\s+have|we['’]ve|your\s+(?:request|complaint)\s+(?:has\s+been|was))\s+(?:handled|dealt\s+with)|(?:with|after)\s+(?:the\s+(?:outcome\s+of\s+the\s+)?|our\s+)?(?:internal\s+)?review)\b[^.!?]{0,60}?,\s+(?:you\s+(?:may|can|have\s+the\s+right\s+to)\s+(?:ask|request|apply|complain|contact|write))\b`)

// reviewRightsClasses are this file's furniture classes (see
// furnitureClasses).
var reviewRightsClasses = []furnitureClass{
	{lead: []string{"if you"}, re: reviewRightsRe, maxWords: 60, made: true, whole: true, and: noMoney},
}
