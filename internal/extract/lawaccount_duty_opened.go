package extract

import "github.com/cypx/cypx/internal/lazyre"

// dutyOpenedRe is a sentence that opens an account of the law for the
// one after it: duties said to bind ("These duties are not optional.",
// "The duty is not optional.") or a power the law gives ("Enter and View
// is one of the statutory powers of local Healthwatch."). The modal
// sentence after it states what the law requires.
var dutyOpenedRe = lazyre.New(`(?i)\b(?:(?:these|this|the|its|their|such)\s+(?:legal\s+|statutory\s+)?(?:duties|duty|obligations?|requirements?)\s+(?:are|is)\s+not\s+(?:optional|discretionary|a\s+choice)|(?:statutory|legal)\s+(?:powers?|duty|duties|rights?)\s+(?:of|given\s+to|held\s+by)\b)`)

// dutyOpened reports a sentence that opens an account of the law (see
// dutyOpenedRe).
func dutyOpened(s string) bool {
	return hasAnyFold(s, "dut", "statutory", "legal", "obligation", "requirement") && dutyOpenedRe.MatchString(s)
}
