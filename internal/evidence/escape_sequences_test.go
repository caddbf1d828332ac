package evidence_test

import (
	"reflect"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestSequencesAreWholeUnits: each escape sequence of a text is found
// whole, from its introducer (ESC, or a C1 control written in UTF-8) to
// its end, and sequences that follow one another are one unit; an OSC
// string with no terminator is its introducer alone, its text left as
// text. A text of no sequence has none.
func TestSequencesAreWholeUnits(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []evidence.Marker
	}{
		{"41% of \x1b]52;c;aGk=\awaited", []evidence.Marker{{7, 19}}},
		{"a \x1b]0;Waits. Report\x1b\\\x1b[0m b", []evidence.Marker{{2, 25}}},
		{"a \u009b31m b", []evidence.Marker{{2, 7}}},
		{"a \x1b]52;c;aGk= b", []evidence.Marker{{2, 4}}},
		{"Waits; 41% of children", nil},
	} {
		if got := evidence.Sequences(c.s); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Sequences(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
