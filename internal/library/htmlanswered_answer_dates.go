package library

import "github.com/cypx/cypx/internal/lazyre"

// answeredRe is the line of a written question's page stating the day
// the answer was given ("Answered on 13 October 2025"), which the page,
// publishing the answer, is dated by; the "Asked on" line above it dates
// the question only.
var answeredRe = lazyre.New(`(?i)^(?:answered|answer (?:given|published))(?: on)?:?\s*(` + dateExpr + `)\s*$`)
