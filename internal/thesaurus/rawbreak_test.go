package thesaurus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/thesaurus"
)

// TestRawLineBreakInATermIsAProblem: a NEL, U+2028, U+2029 or lone
// carriage return written as it is inside or at the edge of a term is a
// problem at its line, by a source's front matter's rule (the line read
// with the break as a space), as the same character escaped is (hostile
// check 42). Before, YAML folded it into a space, or it was trimmed at the
// edge, and there was no problem.
func TestRawLineBreakInATermIsAProblem(t *testing.T) {
	for _, c := range []string{"\u0085", "\u2028", "\u2029", "\r"} {
		for _, terms := range []string{"[waiting, long" + c + "wait, delay]", "[waiting, long wait" + c + ", delay]", "[waiting, " + c + "long wait, delay]"} {
			src := "entries:\n  - terms: " + terms + "\n    gloss: G\n    source: S\n"
			th, probs := thesaurus.Parse("lib/thesaurus.yaml", []byte(src))
			if len(probs) != 1 || probs[0].Line != 2 || !strings.Contains(probs[0].Message, "holds a control character or a line break written as it is") {
				t.Errorf("%q: problems %v", terms, probs)
			}
			if es := th.Lookup("waiting"); len(es) != 1 {
				t.Errorf("%q: the entry was not kept: %v", terms, es)
			}
		}
	}
	if _, probs := thesaurus.Parse("lib/thesaurus.yaml", []byte("entries:\r\n  - terms: [waiting, delay]\r\n    gloss: G\r\n    source: S\r\n")); len(probs) != 0 {
		t.Errorf("CRLF: %v", probs)
	}
}
