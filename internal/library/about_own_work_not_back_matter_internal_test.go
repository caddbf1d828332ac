package library

import "testing"

// TestAboutOurOwnWorkIsNotBackMatter: a report's section "About our
// response" (or findings, recommendations, approach) is the report's own
// content, as "About this report" is; "About us", "About our charity" and
// "About the Trust" are notes about the publisher.
func TestAboutOurOwnWorkIsNotBackMatter(t *testing.T) {
	for _, h := range []string{"About our response", "About our findings", "About our recommendations", "About our survey", "About these findings", "About our approach"} {
		if backMatter(h) {
			t.Errorf("%q, the report's own work, is back matter", h)
		}
	}
	for _, h := range []string{"About us", "About our charity", "About our organisation", "About the Trust", "About Westbrook Carers"} {
		if !backMatter(h) {
			t.Errorf("%q, a note about the publisher, is not back matter", h)
		}
	}
}
