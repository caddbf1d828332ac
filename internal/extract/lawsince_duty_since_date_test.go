package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestDutySinceADateAsksNothing: a duty said to have been in force since a
// date is an account of the law, not an ask; the same duty without its
// start, or a sentence whose must follows a finding since a date, still
// asks. Written for this test.
func TestDutySinceADateAsksNothing(t *testing.T) {
	cases := []struct {
		sentence string
		ask      bool
	}{
		{"Since April 2024, integrated care boards must offer every child with diabetes a named nurse.", false},
		{"Since 2021, all maintained nurseries have had to publish a first aid plan.", false},
		// Near-misses.
		{"Integrated care boards must offer every child with diabetes a named nurse.", true},
		{"Waits have doubled since 2021, and integrated care boards must now fund more clinics.", true},
	}
	for _, c := range cases {
		body := "The clinic opened in the spring.\n\n" + c.sentence + "\n"
		got := false
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			if it.Kind == evidence.Recommendation && it.Text == c.sentence {
				got = true
			}
		}
		if got != c.ask {
			t.Errorf("%q: ask %v, want %v", c.sentence, got, c.ask)
		}
	}
}
