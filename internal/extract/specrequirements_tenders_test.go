package extract_test

import (
	"strings"
	"testing"
)

// TestSpecificationRequirementsAsk checks a tender's requirements: under
// "Service requirements" and its numbered parts, "The provider must ..."
// and "Bidders should describe ..." ask the tender's party, of no kind
// the actors name (Other); "Bidders should note ..." tells the procedure,
// and a heading beside the requirements ends them.
func TestSpecificationRequirementsAsk(t *testing.T) {
	doc := parseTyped(t, "report", "## 3. Service requirements\n\n"+
		"## 3.1 Referrals\n\n"+
		"1. The provider must answer every referral from a school within five working days.\n\n"+
		"## 3.2 Staffing\n\n"+
		"The provider must keep a register of trained staff in every team. "+
		"Bidders should describe how they will recruit speech therapists in rural areas.\n\n"+
		"Bidders should note that late questions will not be answered.\n\n"+
		"## 4. Evaluation\n\n"+
		"The provider must be registered with the Care Quality Commission.\n")
	var asks []string
	for _, l := range itemLines(doc) {
		if strings.HasPrefix(l, "recommendation|") {
			asks = append(asks, l)
		}
	}
	checkLines(t, asks, []string{
		"recommendation|1|Other|The provider must answer every referral from a school within five working days.",
		"recommendation||Other|The provider must keep a register of trained staff in every team.",
		"recommendation||Other|Bidders should describe how they will recruit speech therapists in rural areas.",
	})
}
