package library

import "github.com/cypx/cypx/internal/lazyre"

// openingAboutRe is a paper's first numbered section when it says who
// writes: "1. About us", "1 About us".
var openingAboutRe = lazyre.New(`(?i)^1\.?\s+about us$`)

// openingAbout reports the first numbered section of a submission or a
// consultation response saying who its writers are ("1. About us" over
// "1.1 We represent 118 heads of service ..."): the opening of the paper's
// own argument, whose standing it states as evidence, not a note about
// the publisher set apart at the back. An unnumbered "About us" stays
// back matter.
func openingAbout(h string) bool {
	return openingAboutRe.MatchString(h)
}
