package yamlerr

import (
	"strings"
	"testing"
)

// TestControlCharacterIsSaidAtItsLine: a control character written as it
// is in a YAML file (themes.yaml, thesaurus.yaml), which the parser
// refuses without a line ("yaml: control characters are not allowed"), is
// said at the line that holds it, in cypx's words; a tab and a carriage
// return are not controls here, and an escaped one in double quotes reads.
// Before: "cypx: themes.yaml: control characters are not allowed".
func TestControlCharacterIsSaidAtItsLine(t *testing.T) {
	for _, c := range []struct {
		data string
		line int
	}{
		{"themes:\n  - id: a\n    label: Wait\aing\n", 3},
		{"a: b\n\x1b[31mc: d\n", 2},
		{"a: \"b\x7f\"\n", 1},
		{"a: b\nc: \u0080\n", 2},
	} {
		_, err := Document([]byte(c.data))
		if err == nil {
			t.Errorf("%q read", c.data)
			continue
		}
		line, msg := Split(err)
		if line != c.line || strings.Contains(msg, "not allowed") || !strings.Contains(msg, "control character") {
			t.Errorf("%q: line %d, %q; want line %d in cypx's words", c.data, line, msg, c.line)
		}
	}
	for _, data := range []string{"a: b\tc\r\nd: \"e\\u0007\"\n", "a: b\u0085c\n"} {
		if _, err := Document([]byte(data)); err != nil && strings.Contains(err.Error(), "control character") {
			t.Errorf("%q: %v", data, err)
		}
	}
}
