package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestContractedHaveAsked: "We've asked the council to" is the writer's
// standing request, as "We have asked the council to" is (set 44 spent);
// "We've asked for" names no body asked. Every sentence is written for
// this test.
func TestContractedHaveAsked(t *testing.T) {
	for _, s := range []string{
		"We've also asked Marlow Council to make sure its local offer page lists the drop-in clinics.",
		"We’ve asked the ICB to write to every family on the list with an expected wait.",
	} {
		if !extract.Asks(s) {
			t.Errorf("%q: no ask", s)
		}
	}
	if s := "We've asked for the figures twice and are still waiting."; extract.Asks(s) {
		t.Errorf("%q read as an ask", s)
	}
}
