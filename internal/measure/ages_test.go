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

// TestUnderAWhileIsNoAge: "under N" is an age only of people. A wait
// ("waited under two years", "seen in under 18 weeks") keys no age band,
// while "children under two years" and "aged under 2 years" still do.
// Before (hostile check 64), "waited under two years" was keyed as the
// under-twos.
func TestUnderAWhileIsNoAge(t *testing.T) {
	key := func(measure, pop string) Key {
		return KeyOf(evidence.Figure{Unit: evidence.UnitCount, Record: evidence.Record{Measure: measure, Population: pop}}, nil)
	}
	for _, c := range []struct{ measure, pop, age string }{
		{"waited under two years", "children", ""},
		{"waited under three years for a place", "families", ""},
		{"were seen in under 18 weeks", "children", ""},
		{"waited under 2 years", "children", ""},
		{"were referred", "children under two years", "under 2"},
		{"were referred", "children aged under 2 years", "under 2"},
		{"were referred", "babies under 2 years old", "under 2"},
		{"were referred", "children under two", "under 2"},
	} {
		if k := key(c.measure, c.pop); k.Age != c.age {
			t.Errorf("%q / %q: age %q, want %q", c.measure, c.pop, k.Age, c.age)
		}
	}
}
