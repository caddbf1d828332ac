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

// TestAgeBoundInWordsIsTheBoundInDigits: "children under five", "aged
// under five" and "under-fives" are the group "children under 5" is, and
// the under-twos another; "under five minutes" is a time, no age. Before
// (hostile check 63), a bound in words was no age band: "children under
// five" kept no group in its key.
func TestAgeBoundInWordsIsTheBoundInDigits(t *testing.T) {
	key := func(pop string) Key {
		return KeyOf(evidence.Figure{Unit: evidence.UnitCount, Record: evidence.Record{Measure: "children per health visitor", Population: pop}}, nil)
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"children under five", "children under 5", true},
		{"children aged under five", "children under 5", true},
		{"under-fives", "children under 5", true},
		{"children under two", "children under five", false},
	} {
		ka, kb := key(c.a), key(c.b)
		if got := Match(ka, kb, Unrelated); got != c.same {
			t.Errorf("%q (%s) and %q (%s): one measure %v, want %v", c.a, ka, c.b, kb, got, c.same)
		}
	}
	if k := key("children seen in under five minutes"); k.Age != "" {
		t.Errorf("under five minutes: age %q, want none", k.Age)
	}
}
