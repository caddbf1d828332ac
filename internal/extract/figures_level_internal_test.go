package extract

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestChangeLevelIsACount: the bare level a change reaches ("rose by 12%
// last year, to 415") is a count of what changed; a year, a rate and a
// share stay what they are. Every sentence is written for this test.
func TestChangeLevelIsACount(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64 // the level, or 0 for none read as a count
	}{
		{"Requests for support rose by 12% last year, to 415, and the list grew.", 415},
		{"Exclusions fell to 38 this year.", 38},
		{"The target date moved and the plan rose to 2027.", 0},
		{"The rate rose to 14 per 1,000 children.", 0},
	} {
		var got float64
		for _, f := range Figures(c.in) {
			if f.Unit == evidence.UnitCount {
				got = f.Value
			}
		}
		if got != c.want {
			t.Errorf("%q: count %v, want %v (%+v)", c.in, got, c.want, Figures(c.in))
		}
	}
}
