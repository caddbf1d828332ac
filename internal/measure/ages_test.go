package measure

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestOneAgeIsItsGroup: a group named by one age ("5 year olds", "children
// aged 3") keeps its age in the key, so an oral health survey's 3 year olds
// and another's 5 year olds are never one measure, and 5 year olds written
// three ways are.
func TestOneAgeIsItsGroup(t *testing.T) {
	key := func(pop string) Key {
		return KeyOf(evidence.Figure{Unit: evidence.UnitPercent, Record: evidence.Record{Measure: "children with tooth decay", Population: pop}}, nil)
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"3 year olds", "5 year olds", false},
		{"aged 3 year olds", "aged 5 year olds", false}, // a table's Age group column
		{"children aged 3", "children aged 5", false},
		{"15-year-olds", "aged 11", false},
		{"aged 11+", "aged 16+", false},
		{"5 year olds", "children aged 5", true},
		{"5-year-olds", "aged 5 years", true},
		{"aged 16+", "aged 16 and over", true},
		{"aged 5 to 10", "5-10 year olds", true},
		{"aged 5 and under", "aged 5", false}, // a bound, not the age
	} {
		ka, kb := key(c.a), key(c.b)
		if got := Match(ka, kb, Unrelated); got != c.same {
			t.Errorf("%q (%s) and %q (%s): one measure %v, want %v", c.a, ka, c.b, kb, got, c.same)
		}
	}
}
