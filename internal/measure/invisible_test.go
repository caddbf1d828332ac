package measure

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestKeysReadThroughInvisibleCharacters: a measure written with an
// invisible character inside a word (a soft hyphen a PDF leaves, a
// zero-width space, a joiner, a variation selector, a Hangul filler) has
// the key of the word a reader sees, and no key holds such a character.
func TestKeysReadThroughInvisibleCharacters(t *testing.T) {
	key := func(measure string) Key {
		return KeyOf(evidence.Figure{Unit: evidence.UnitPercent, Record: evidence.Record{Measure: measure, Population: "chil\u200bdren"}}, nil)
	}
	want := key("waiting more than 18 weeks")
	for _, m := range []string{
		"wait\u00ading more than 18 weeks",
		"wait\u200bing more than 18 weeks",
		"wait\u200d\u200cing more than 18 weeks",
		"waiting\ufe0f more than 18 weeks",
		"waiting more\u3164 than 1\u200b8 weeks",
		"\u2066waiting\u2069 more than 18 weeks \u3164",
	} {
		got := key(m)
		if got.String() != want.String() {
			t.Errorf("%q: key %s, want %s", m, got, want)
		}
		if i := strings.IndexFunc(got.String(), evidence.Ignorable); i >= 0 {
			t.Errorf("%q: key %q holds an invisible character at %d", m, got, i)
		}
	}
	// The words either side of a lone invisible character stay two words.
	if a, b := key("waiting \u200b times"), key("waiting times"); a.String() != b.String() {
		t.Errorf("a spaced zero-width space: %s, want %s", a, b)
	}
}
