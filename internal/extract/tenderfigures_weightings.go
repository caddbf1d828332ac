package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// weightingHeaderRe is the header of a tender's evaluation column: the
// weight each criterion carries ("| Price and value for money | 25% |"
// under "Weighting") or the marks it is scored out of. The cells are how
// bids will be judged, no measure of anything.
var weightingHeaderRe = lazyre.New(`(?i)^(?:(?:evaluation|scoring|criterion|criteria|percentage|%)\s+)?(?:weightings?|weights?|(?:available|maximum|max\.?)\s+(?:marks|score|points)|marks\s+available)(?:\s*\(.*\))?$`)

// weightingOnly reports column i of a table of two columns, a criterion
// and its weight, headed as weightingHeaderRe says: a tender's list of
// how bids will be judged. An options appraisal's matrix, whose weights
// stand beside each option's scores, reports its result, weights and all.
func weightingOnly(header []string, i int) bool {
	return len(header) == 2 && i == 1 && weightingHeader(header[1])
}

// weightingHeader reports a header of weightingHeaderRe.
func weightingHeader(h string) bool {
	return hasAnyFold(h, "weight", "marks", "score", "points") && weightingHeaderRe.MatchString(strings.TrimSpace(h))
}
