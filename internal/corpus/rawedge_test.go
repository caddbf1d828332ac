package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestRawBreakAtAValuesEdgeIsQuotedEscaped: `publisher: <U+2028>Pub`
// (a plain scalar with a line break written as it is at its edge) is a
// problem whose message quotes the value with the break escaped. Before,
// the value was trimmed of the break before it was quoted, and the message
// showed "Pub", without the character it was about (hostile check 42).
func TestRawBreakAtAValuesEdgeIsQuotedEscaped(t *testing.T) {
	for _, c := range []string{"\u2028", "\u0085", "\u2029"} {
		data := "---\ntitle: T\npublisher: " + c + "Pub\ndate: 2024-01-01\ntype: report\n---\nIn 2023, 45% of children waited more than 18 weeks for help here.\n"
		_, problems := corpus.Parse("sources/x.md", []byte(data))
		if len(problems) != 1 || problems[0].Line != 3 || !strings.Contains(problems[0].Message, `\u`) {
			t.Errorf("%q: problems %v, want one at line 3 quoting the break escaped", c, problems)
		}
	}
}
