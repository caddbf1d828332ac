package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestRawControlCharacterInFrontMatterIsSaidAtItsLine: a control
// character written as it is in a front matter's value (not escaped in
// double quotes), which YAML refuses, or a line break YAML reads in the
// middle of a line (NEL, U+2028), is a problem at the line that holds it,
// naming its key, in cypx's words; the value is read without it and the
// source kept, as the same character escaped is. Before: the whole source
// was skipped, said at the front matter's first line with the parser's
// words ("sources/x.md:2: front matter: control characters are not
// allowed"), or a line below ("could not find expected ':'").
func TestRawControlCharacterInFrontMatterIsSaidAtItsLine(t *testing.T) {
	for _, c := range []struct{ name, raw, want string }{
		{"bell", "\a", "https://example.org/waiting"},
		{"escape sequence", "\x1b]52;c;ZWNobyBwd24K\a", "https://example.org/waiting"},
		{"delete", "\x7f", "https://example.org/waiting"},
		{"C1 control", "\u0080", "https://example.org/waiting"},
		// A control sequence goes whole, its final byte with it, as
		// CleanLine takes it from a value escaped in double quotes.
		{"C1 control sequence", "\u009b", "https://example.org/waitng"},
		{"next line", "\u0085", "https://example.org/wait ing"},
		{"line separator", "\u2028", "https://example.org/wait ing"},
	} {
		data := "---\ntitle: T\npublisher: P\ndate: 2024-01-01\nurl: https://example.org/wait" + c.raw + "ing\ntype: report\n---\nIn 2023, 45% of children waited more than 18 weeks for help here.\n"
		doc, problems := corpus.Parse("sources/x.md", []byte(data))
		if len(problems) != 1 {
			t.Errorf("%s: problems %v, want one", c.name, problems)
			continue
		}
		p := problems[0]
		if p.Line != 5 || p.Skipped || !strings.HasPrefix(p.Message, "url: ") || strings.Contains(p.Message, "not allowed") || strings.Contains(p.Message, "could not find") {
			t.Errorf("%s: %v (skipped %v), want a problem at line 5 naming the url, in cypx's words, the source kept", c.name, p, p.Skipped)
		}
		if doc.Source.URL != c.want || doc.Source.Type != "report" {
			t.Errorf("%s: url %q, type %q, want %q and the rest read", c.name, doc.Source.URL, doc.Source.Type, c.want)
		}
	}
}
