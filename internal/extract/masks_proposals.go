package extract

import "github.com/cypx/cypx/internal/lazyre"

// proposalCountRe counts what the writer goes on to propose: "three
// changes would make a difference", "two practical steps could help".
// Group 1 is the count. It numbers the points that follow, as a list's
// numbers do, and finds nothing; "three changes to the rota cut waits"
// says what was done, and has no modal.
var proposalCountRe = lazyre.New(`\b(` + workSmallNum + `)\s+(?:(?:simple|practical|key|main|big|small|specific|further|clear|concrete|quick)\s+)?(?:changes|steps|things|actions|reforms|fixes|measures|ideas|priorities|proposals)\s+(?:would|could|will|can|might|should)\s+(?:(?:really|also|all)\s+)?(?:make|help|go|transform|improve|change|ease|cut|speed|turn|fix)\b`)

// maskProposalCounts marks the count of the writer's proposals
// (proposalCountRe).
func maskProposalCounts(lower string, taken []bool) {
	if !hasAnyFold(lower, "would", "could", "will", "can", "might", "should") {
		return
	}
	for _, m := range proposalCountRe.FindAllStringSubmatchIndex(lower, -1) {
		for i := m[2]; i < m[3]; i++ {
			taken[i] = true
		}
	}
}
