package main

import (
	"strings"
	"testing"
)

// TestFlagValuesAreQuotedAsGiven: a --theme value holding a byte of
// invalid UTF-8 is quoted as --source quotes it, "\x9b31m", the byte
// named (check33). Before, the theme was lowered first, the byte became
// U+FFFD and the message showed "\ufffd31m" (raw, "�31m"), another value
// than the one typed.
func TestFlagValuesAreQuotedAsGiven(t *testing.T) {
	for _, flag := range []string{"--theme", "--source", "--kind", "--actor"} {
		_, stderr, code := cli(t, "search", "waiting", flag, "\x9b31m")
		if code != 2 || !strings.Contains(stderr, `"\x9b31m"`) {
			t.Errorf("%s: exit %d, %q", flag, code, stderr)
		}
	}
	// Read in any case still.
	if _, stderr, code := cli(t, "search", "waiting", "--theme", "Waiting-Lists"); code != 0 {
		t.Errorf("--theme Waiting-Lists: exit %d, %q", code, stderr)
	}
}
