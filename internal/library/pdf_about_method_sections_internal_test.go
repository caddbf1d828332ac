package library

import "testing"

// TestAboutTheJuryIsNotBackMatter checks that a heading over the people
// or meetings a report's own method brought together ("About the jury"
// over how its members were chosen, met and were paid) keeps its section
// as the report's text; before, "About the jury" was read as a note
// about a publisher and every sentence under it was dropped, its counts
// with it. A note about the publisher stays back matter.
func TestAboutTheJuryIsNotBackMatter(t *testing.T) {
	for _, h := range []string{"About the jury", "About our citizens’ jury", "About the assembly", "About the workshops", "About the focus groups", "About the pilot", "About the sessions"} {
		if backMatter(h) {
			t.Errorf("%q, the report's own method, is back matter", h)
		}
	}
	for _, h := range []string{"About the Trust", "About Kestrel Parent Carers", "About us", "About the authors"} {
		if !backMatter(h) {
			t.Errorf("%q, a note about the publisher, is not back matter", h)
		}
	}
}
