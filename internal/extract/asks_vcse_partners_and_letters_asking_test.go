package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAskOfVCSEPartners: a commissioner's ask of the voluntary sector
// named by its acronym ("VCSE partners", "VCSE organisations") is an ask
// as one of "voluntary sector partners" is (set 41 spent).
// Every sentence is written for this test.
func TestAskOfVCSEPartners(t *testing.T) {
	for _, s := range []string{
		"We would ask VCSE partners to tell us about any child on their caseload who is also waiting for CAMHS.",
		"We would ask VCSE organisations to share the new referral form with families.",
	} {
		if !extract.Asks(s) {
			t.Errorf("%q: no ask", s)
		}
	}
	if s := "VCSE partners supported 1,900 young people in the year."; extract.Asks(s) {
		t.Errorf("%q read as an ask", s)
	}
}

// TestBodyWroteToBodiesAskingThemTo: a national body's letter to other
// bodies "asking them to" act is an ask of those bodies, as one "asking
// for" something is (set 41 spent). A letter to people who are no body
// asks no body. Every sentence is written for this test.
func TestBodyWroteToBodiesAskingThemTo(t *testing.T) {
	for _, s := range []string{
		"The Department for Education has written to local authorities asking them to publish their short breaks statements by April.",
		"NHS England wrote to trusts asking them to review every child waiting over a year.",
	} {
		if !extract.Asks(s) {
			t.Errorf("%q: no ask", s)
		}
	}
	if s := "The school wrote to parents in May asking them to fill in the survey."; extract.Asks(s) {
		t.Errorf("%q read as an ask", s)
	}
}
