package themes_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/themes"
)

// TestRawLineBreakInATermOrLabelIsAnError: a NEL, U+2028, U+2029 or lone
// carriage return written as it is inside or at the edge of a term or a
// label is an error at its line, by a source's front matter's rule, as
// the same character escaped is (hostile check 42). Before, YAML folded
// it into a space, or it was trimmed at the edge, and the file was read
// without a word.
func TestRawLineBreakInATermOrLabelIsAnError(t *testing.T) {
	for _, c := range []string{"\u0085", "\u2028", "\u2029", "\r"} {
		for _, src := range []string{
			"themes:\n  - id: waits\n    label: Waits\n    terms: [waiting list, long" + c + "wait]\n",
			"themes:\n  - id: waits\n    label: Waits\n    terms: [waiting list, long wait" + c + "]\n",
			"themes:\n  - id: waits\n    label: Wa" + c + "its\n    terms: [waiting list]\n",
			"themes:\n  - id: waits\n    label: " + c + "Waits\n    terms: [waiting list]\n",
		} {
			_, err := themes.Parse("lib/themes.yaml", []byte(src))
			if err == nil || !strings.HasPrefix(err.Error(), "lib/themes.yaml:") || !strings.Contains(err.Error(), "holds a control character or a line break written as it is") {
				t.Errorf("%q: %v", src, err)
			}
		}
	}
	// CRLF line endings are no problem.
	if _, err := themes.Parse("lib/themes.yaml", []byte("themes:\r\n  - id: waits\r\n    label: Waits\r\n    terms: [waiting list]\r\n")); err != nil {
		t.Errorf("CRLF: %v", err)
	}
}
