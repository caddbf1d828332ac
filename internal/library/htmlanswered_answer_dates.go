package library

import "github.com/cypx/cypx/internal/lazyre"

// answeredRe is the line of a written question's page stating the day
// the answer was given ("Answered on 13 October 2025"), which the page,
// publishing the answer, is dated by; the "Asked on" line above it dates
// the question only. The answering minister may stand before it, named
// with their office ("Jo Bell (Minister of State for Care), answered on
// 11 March 2025"): the line is still the answer's date alone.
var answeredRe = lazyre.New(`(?i)^(?:[^,:()]{2,80}(?:\s*\([^()]{2,100}\))?,\s*)?(?:answered|answer (?:given|published))(?: on)?:?\s*(` + dateExpr + `)\s*$`)
