package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestDescribedAimNotAsk: an aim a body set or tested, told as a fact,
// and a step taken on the reader's own case are not asks (set 46 spent);
// an ask for such a standard stays one. Every sentence is written for
// this test.
func TestDescribedAimNotAsk(t *testing.T) {
	for _, s := range []string{
		"Pilot sites have also trialled a standard that young people referred for eating disorders should be seen within two weeks.",
		"The plan set out a commitment that every school should have a named mental health lead by 2027.",
		"I have asked the trust to look into your concerns and to reply to you directly.",
		"The minister has also asked NHS England to make sure the board has received your letter.",
	} {
		if extract.Asks(s) {
			t.Errorf("%q read as an ask", s)
		}
	}
	for _, s := range []string{
		"The Government should set a standard that children referred are seen within four weeks.",
		"We have asked the ICB to publish its waiting times every month.",
	} {
		if !extract.Asks(s) {
			t.Errorf("%q: no ask", s)
		}
	}
}

// TestAskedThatSubjunctive: an ask reported in the subjunctive ("asked
// that the council report") names the body asked (set 46 spent); "asked
// that" with no body in its clause is no ask.
func TestAskedThatSubjunctive(t *testing.T) {
	for _, s := range []string{
		"Young carers asked that the council publish a map of respite breaks every spring.",
		"School leaders have requested that the ICB fund an extra therapist for each locality.",
	} {
		if !extract.Asks(s) {
			t.Errorf("%q: no ask", s)
		}
	}
	if s := "Families asked that their names be kept out of the report."; extract.Asks(s) {
		t.Errorf("%q read as an ask", s)
	}
}

// TestReallyLikeAsk: "We'd really like the trusts to" asks as "We'd like
// the trusts to" does (set 46 spent; the cheap pre-test missed "really").
func TestReallyLikeAsk(t *testing.T) {
	for _, s := range []string{
		"We’d really like the councils to publish a single list of short breaks.",
		"I'd really like the ICB to fund a second crisis worker.",
	} {
		if !extract.Asks(s) {
			t.Errorf("%q: no ask", s)
		}
	}
}
