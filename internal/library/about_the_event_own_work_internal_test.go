package library

import "testing"

// TestAboutTheEventIsNotBackMatter: a write-up's heading over the event it
// reports ("About the day", "About the workshop", "About the sessions") is
// its own work, who came and what they did evidence; before, the section
// was dropped as a note about the publisher with its count of who took
// part (set 75). "About the Partnership" still names the publisher.
func TestAboutTheEventIsNotBackMatter(t *testing.T) {
	for _, h := range []string{"About the day", "About the workshop", "About the sessions", "About the event", "About our focus groups", "About the conference"} {
		if backMatter(h) {
			t.Errorf("%q, the write-up's own event, is back matter", h)
		}
	}
	for _, h := range []string{"About the Partnership", "About us", "About Harlow Young Carers"} {
		if !backMatter(h) {
			t.Errorf("%q, a note about the publisher, is not back matter", h)
		}
	}
}
