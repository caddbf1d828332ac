package extract

import "github.com/cypx/cypx/internal/lazyre"

// A sender's warm close and a reply's summing-up (leftovers round 13e),
// each a sentence whole:
//
//   - "We know everyone is under a lot of pressure and we really do want
//     to work with you on this.", "We really want to work with you on
//     this.": goodwill closing a mail, as "We look forward to hearing
//     from you" is (senderLineRe); a sentence saying why services are
//     under pressure goes on past it and is kept;
//   - "The headline is that waits are too long.", "The short version is
//     that ...": a signpost summing up the findings that follow, short
//     and with no figure; one with a figure states the finding.
var (
	// workWithYou is the close's wish to work together.
	workWithYou = `(?:we|i)\s+(?:(?:really|genuinely|truly|do|all|very\s+much|would)\s+)*(?:want|like|hope)\s+to\s+(?:keep\s+)?work(?:ing)?\s+(?:with\s+you|together)(?:\s+on\s+(?:this|it|that|these|them))?`
	warmCloseRe = lazyre.New(`(?i)^(?:(?:we|i)\s+(?:do\s+)?(?:know|understand|appreciate|recognise|recognize)\s+(?:that\s+)?(?:everyone|everybody|you|you\s+all|colleagues|(?:the|your)\s+(?:whole\s+)?(?:team|service|services))\s+(?:is|are)\s+(?:all\s+)?under\s+(?:(?:a\s+lot\s+of|huge|real|enormous|so\s+much|great|a\s+great\s+deal\s+of|considerable)\s+)?pressure(?:\s+at\s+the\s+moment|\s+right\s+now)?(?:\s*[.!]?$|\s*[,;]?\s+(?:and|but)\s+` + workWithYou + `\s*[.!]?$)|` + workWithYou + `\s*[.!]?$)`)
	signpostRe  = lazyre.New(`(?i)^(?:the\s+(?:headline|short\s+version|bottom\s+line|upshot|gist)\s+is(?:\s+that)?|in\s+(?:short|a\s+nutshell)\s*,)\s+[^%£\d!?]{3,80}[.!]?$`)
)

// closingClasses are this file's furniture classes (see furnitureClasses).
var closingClasses = []furnitureClass{
	{lead: []string{"we ", "i "}, re: warmCloseRe, maxWords: 30, and: func(t, _ string) bool { return !quoted(t) }},
	{lead: []string{"the ", "in "}, re: signpostRe, maxWords: 12, and: func(t, _ string) bool { return !quoted(t) }},
}
