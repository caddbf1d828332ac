package extract_test

import (
	"strings"
	"testing"
)

// recLines are itemLines' recommendations.
func recLines(lines []string) []string {
	var out []string
	for _, l := range lines {
		if strings.HasPrefix(l, "recommendation|") {
			out = append(out, l)
		}
	}
	return out
}

// TestBoardEndorsementsOfficerActionsAndMinisterAsks checks set 58's asks: a board asked to note a paper, then
// after a comma to endorse its actions (the decision asked of the
// publisher's board); a board report's actions for the coming months
// owned by its officers (a guardian, an executive); and a member's
// question asking the Minister to agree to act (the Government), where
// "agree to meet" asks a meeting only.
func TestBoardEndorsementsOfficerActionsAndMinisterAsks(t *testing.T) {
	doc := parsePublished(t, "Northfold Community Health NHS Trust",
		"The Committee is asked to note the update, to approve the two changes in section 4, and to confirm the review date.\n\n"+
			"## 5. Actions for the next quarter\n\n| Action | Owner | By when |\n|---|---|---|\n"+
			"| Run listening events for night staff on every ward | Lead Guardian | May 2026 |\n"+
			"| Complete the staff safety survey with every team | Chief Executive | June 2026 |\n\n"+
			"## 6. Questions\n\n"+
			"Will the Minister agree to fund a school nurse for every secondary school, and will she set a date for it?\n\n"+
			"Will the Minister agree to meet me and the families to discuss this?\n")
	checkLines(t, recLines(itemLines(doc)), []string{
		"recommendation||Trusts|The Committee is asked to note the update, to approve the two changes in section 4, and to confirm the review date.",
		"recommendation||Trusts|Run listening events for night staff on every ward",
		"recommendation||Trusts|Complete the staff safety survey with every team",
		"recommendation||Government|Will the Minister agree to fund a school nurse for every secondary school, and will she set a date for it?",
	})
}
