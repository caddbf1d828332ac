package extract

import "github.com/cypx/cypx/internal/lazyre"

// targetHeaderRe heads a column of levels a contract or plan sets, not
// levels found: "Threshold", "Target", "Standard", "Required level",
// "Target by December 2027".
var targetHeaderRe = lazyre.New(`(?i)^(?:kpi\s+|performance\s+|minimum\s+|national\s+|contract(?:ual)?\s+)?(?:thresholds?|targets?|standards?|required\s+levels?|trajector(?:y|ies))(?:\s+(?:by|for|in)\s+[\w/ –-]{2,30})?(?:\s+\((?:%|per\s*cent)\))?$`)

// targetsOnly reports a table row whose figures all stand under target
// headers (targetHeaderRe; columns is each figure's header): a table of
// what a contract requires ("KPI 1 | 95% | Monthly"), which finds
// nothing. A row with a found level beside its target ("| 90% | 84% |"
// under "Target | April") keeps both, as the set labels them.
func targetsOnly(columns []string) bool {
	for _, h := range columns {
		if !targetHeaderRe.MatchString(h) {
			return false
		}
	}
	return len(columns) > 0
}
