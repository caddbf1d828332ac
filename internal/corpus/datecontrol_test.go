package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestDateControlIsAProblem: a line break, a control or an invisible
// character at the edge of a front matter's date or access date, or an
// invisible one inside it, is a problem at its line, as at any other
// key's, and the date is read without it, as the import reads a record's.
func TestDateControlIsAProblem(t *testing.T) {
	for _, key := range []string{"date", "accessed"} {
		for _, v := range []string{`"2024\v"`, `"\f2024"`, `"2024\u0085"`, `"2024\u2028"`, `"2024\u2029"`, `"20\u200b24"`, `"2024\u200f"`, `"\a2024"`} {
			src := "---\nid: x\ntitle: T\npublisher: P\n" + key + ": " + v + "\ntype: report\n"
			if key == "accessed" {
				src += "date: 2023\n"
			}
			src += "---\nIn total 42% of services reported waiting lists longer than 18 weeks.\n"
			doc, problems := corpus.Parse("sources/x.md", []byte(src))
			got := doc.Source.Date
			if key == "accessed" {
				got = doc.Source.Accessed
			}
			if got.String() != "2024" {
				t.Errorf("%s %s: read as %q", key, v, got)
			}
			if len(problems) != 1 || problems[0].Line != 5 || problems[0].Skipped ||
				!strings.Contains(problems[0].Message, key+": ") || !strings.Contains(problems[0].Message, "line break or an invisible or control character") {
				t.Errorf("%s %s: problems %+v, want one at line 5", key, v, problems)
			}
		}
	}
}
