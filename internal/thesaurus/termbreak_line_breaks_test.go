package thesaurus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/thesaurus"
)

// TestLineBreakInATermIsAProblem: a line break, a tab or another control
// inside a thesaurus term is a problem at its entry's line, and the term is
// left out, as an escape sequence in one is. Before, the term's spaces were
// folded first and "long\u2028wait" read as "long wait" unsaid (round 41,
// held-out check).
func TestLineBreakInATermIsAProblem(t *testing.T) {
	for _, c := range []string{`\u2028`, `\u0085`, `\u2029`, `\v`, `\f`, `\r`, `\t`, `\n`, `\e`} {
		src := "entries:\n  - terms: [waiting, \"long" + c + "wait\", delay]\n    gloss: G\n    source: S\n"
		th, probs := thesaurus.Parse("lib/thesaurus.yaml", []byte(src))
		if len(probs) != 1 || probs[0].Line != 2 || !strings.Contains(probs[0].Message, "holds a line break or a control or invisible character") {
			t.Errorf("%s: problems %v", c, probs)
		}
		if es := th.Lookup("long wait"); len(es) != 0 {
			t.Errorf("%s: the folded term was read: %v", c, es)
		}
		if es := th.Lookup("waiting"); len(es) != 1 {
			t.Errorf("%s: the entry was not kept: %v", c, es)
		}
	}
	// The layout of a YAML file is no problem: a folded plain term, a
	// block term's last line feed.
	src := "entries:\n  - terms:\n      - long\n        wait\n      - |\n        delay\n    gloss: G\n    source: S\n"
	th, probs := thesaurus.Parse("lib/thesaurus.yaml", []byte(src))
	if len(probs) != 0 || len(th.Lookup("long wait")) != 1 || len(th.Lookup("delay")) != 1 {
		t.Errorf("laid-out terms: problems %v", probs)
	}
}
