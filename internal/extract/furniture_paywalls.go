package extract

import "github.com/cypx/cypx/internal/lazyre"

var (
	// subscriptionOfferRe is a paywall's offer, price and all: "Subscribe
	// to The Journal for full access ... from £199 a year", "Become a
	// subscriber to read the full story", "Subscribe to X to keep reading
	// this post and get 7 days of free access". Subscribers counted stay.
	subscriptionOfferRe = lazyre.New(`(?i)^(?:subscribe|become\s+a\s+(?:subscriber|member))\b[^.!?]{0,60}?\b(?:for\s+(?:full|unlimited|complete|instant)\s+access|to\s+(?:read|unlock|access|continue\s+reading|keep\s+reading))\b[^!?]{0,120}$`)
	// commentsExplainedRe is a page's note on what its comments are:
	// "Rapid responses are electronic comments to the editor."
	commentsExplainedRe = lazyre.New(`(?i)^(?:rapid\s+responses|responses|comments|letters)\s+are\s+(?:electronic\s+|online\s+|short\s+)?(?:comments|letters|responses)\s+(?:to|for)\s+the\s+editors?\b[^0-9%£!?]{0,80}$`)
	// rateTheShowRe is a show's or a post's plea to rate, review, follow
	// or subscribe to it: "If you liked this episode, please rate and
	// review us", "Please subscribe to the podcast".
	rateTheShowRe = lazyre.New(`(?i)^(?:if\s+you\s+(?:liked|enjoyed|found|loved)\s+this\s+(?:episode|show|podcast|post|video|conversation)\b[^.!?]{0,40}?,\s+)?(?:please\s+)?(?:rate|review|rate\s+and\s+review|rate,\s+review|subscribe|follow|share)\b[^.!?0-9%£]{0,40}?\b(?:us|the\s+(?:show|podcast|channel)|this\s+(?:episode|show|podcast)|wherever\s+you\s+(?:listen|get\s+your\s+podcasts))\b[^0-9%£!?]{0,80}$`)
)

// s38Classes are this file's furniture classes (see furnitureClasses).
var s38Classes = []furnitureClass{
	{lead: []string{"subscribe", "become a"}, re: subscriptionOfferRe, maxWords: 35, made: true, whole: true},
	{lead: []string{"rapid responses", "responses are", "comments are", "letters are"}, re: commentsExplainedRe, maxWords: 25},
	{lead: []string{"if you liked", "if you enjoyed", "if you found", "if you loved", "please rate", "please review", "please subscribe", "please follow", "please share", "rate and review", "rate, review"}, re: rateTheShowRe, maxWords: 35},
}
