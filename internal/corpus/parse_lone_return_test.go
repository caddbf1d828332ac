package corpus

import (
	"strings"
	"testing"
)

// TestALoneCarriageReturnIsAProblemOfItsLine: a carriage return with no
// line break after it, which a terminal showing the file acts on, is a
// problem at its line, as a vertical tab is; Windows line endings are
// none. Before (hostile check 90, A5), the check passed it.
func TestALoneCarriageReturnIsAProblemOfItsLine(t *testing.T) {
	const head = "---\ntitle: T\npublisher: P Trust\ndate: 2024\ntype: report\n---\n"
	named := func(body string) (int, bool) {
		_, probs := Parse("sources/t.md", []byte(head+body))
		for _, p := range probs {
			if strings.Contains(p.Message, "control character (U+000D)") {
				return p.Line, true
			}
		}
		return 0, false
	}
	if line, ok := named("First line.\n\nIn 2024, 41% of children\rFAKE waited more than 18 weeks.\n"); !ok || line != 9 {
		t.Errorf("a lone carriage return: named %v at line %d, want line 9", ok, line)
	}
	if _, ok := named("First line.\r\n\r\nIn 2024, 41% of children waited more than 18 weeks.\r\n"); ok {
		t.Error("Windows line endings named as a control character")
	}
}
