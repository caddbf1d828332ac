package extract

import "github.com/cypx/cypx/internal/lazyre"

// governmentAimRe is the Government stating its own aim for every school
// or child: "The Government has said it wants every school to have
// access to specialist support", "Ministers want all children to be
// offered ...". Those who would provide it are the Government itself; a
// state wished for ("to have", "to be") asks no one to act. "The
// Government wants schools to appoint a lead" names an act and stays an
// ask.
var governmentAimRe = lazyre.New(`(?i)^(?:the\s+)?(?:(?:uk\s+)?government|ministers|secretary\s+of\s+state)\b[^.;:!?]{0,40}?\b(?:wants?|would\s+like)\s+(?:every|all|each)\s+(?:[\w’'-]+\s+){0,3}?to\s+(?:have|be|get|receive)\b`)

// governmentAim reports the Government's own aim (governmentAimRe): no
// ask.
func governmentAim(s string) bool {
	return governmentAimRe.MatchString(s)
}
