package library

import "testing"

// TestFullPublisherFromTheBody checks that a publisher found only as a
// short name (a copyright line's "© Lanterns 2026") is cited by the full
// name the document writes it in ("Lanterns Children's Trust, 3 Mill
// Yard"), and that a name the body never lengthens, or lengthens into no
// body's name, is kept.
func TestFullPublisherFromTheBody(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"Lanterns", "Lanterns Children’s Trust, 3 Mill Yard, Leeds LS1 4AB | © Lanterns 2026", "Lanterns Children’s Trust"},
		{"Lanterns", "Write to us at 3 Mill Yard, Leeds LS1 4AB | © Lanterns 2026", "Lanterns"},
		{"Lanterns", "Lanterns Youth Panel members told us about their waits. © Lanterns 2026", "Lanterns"},
		{"NHS Kelby and Marsh ICB", "The May update from NHS Kelby and Marsh Integrated Care Board.", "NHS Kelby and Marsh Integrated Care Board"},
		{"NHS Kelby and Marsh ICB", "The May update from NHS Kelby and Marsh ICB.", "NHS Kelby and Marsh ICB"},
		{"Kelby Council", "Kelby Council Children’s Services Trust", "Kelby Council"},
		{"NHS England", "The NHS England Board met in May.", "NHS England"},
	} {
		if got := fullPublisher(c.name, c.body); got != c.want {
			t.Errorf("fullPublisher(%q, %q) = %q, want %q", c.name, c.body, got, c.want)
		}
	}
}
