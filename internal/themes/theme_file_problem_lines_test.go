package themes_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/themes"
)

// TestThemeFileProblemsNameTheirLine: bytes that are no UTF-8 in a label
// are a problem at their own line, in the project's words, not the YAML
// parser's with no line; a control or invisible character in a short
// label or description is reported at that field's line, naming the
// field and the character, not at the theme's "- id:" line.
func TestThemeFileProblemsNameTheirLine(t *testing.T) {
	base := "themes:\n  - id: waiting-lists\n    label: Waiting lists\n    short: WAITS\n    description: Waits for care\n    terms: [waiting list]\n"
	cases := []struct{ name, from, to, want string }{
		{"bytes no UTF-8", "short: WAITS", "short: WA\xffTS", "themes.yaml:4: bytes that are not UTF-8 text"},
		{"bidi in short", "short: WAITS", "short: WA\u2066TS", `themes.yaml:4: theme "waiting-lists": its short holds a line break or an invisible or control character (U+2066)`},
		{"soft hyphen in description", "description: Waits for care", "description: Waits for\u00adcare", `themes.yaml:5: theme "waiting-lists": its description holds`},
		{"zero width in label", "label: Waiting lists", "label: Waiting\u200blists", `themes.yaml:3: theme "waiting-lists": its label holds`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(base, c.from, c.to, 1)
			if src == base {
				t.Fatal("the case changed nothing")
			}
			_, err := themes.Parse("themes.yaml", []byte(src))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want %q", err, c.want)
			}
		})
	}
	if _, err := themes.Parse("themes.yaml", []byte(base)); err != nil {
		t.Fatalf("the clean file: %v", err)
	}
}
