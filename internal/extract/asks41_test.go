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
