package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestIDEdgeControlIsAProblem: a line break, a control character or a
// no-break space at the edge of a front matter's id is a problem at its
// line, as at any other key's, and the id is read without it. Before, the
// id was trimmed unsaid (round 41, held-out check).
func TestIDEdgeControlIsAProblem(t *testing.T) {
	for _, c := range []string{`\u2028`, `\u0085`, `\u2029`, `\v`, `\f`, `\r`, `\t`, `\u00a0`} {
		for _, v := range []string{"\"x" + c + "\"", "\"" + c + "x\""} {
			src := "---\nid: " + v + "\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\nIn total 42% of services reported waiting lists longer than 18 weeks.\n"
			doc, problems := corpus.Parse("sources/x.md", []byte(src))
			if doc.Source.ID != "x" {
				t.Errorf("%s: id read as %+q", v, doc.Source.ID)
			}
			if len(problems) != 1 || problems[0].Line != 2 || problems[0].Skipped ||
				!strings.Contains(problems[0].Message, "line break or an invisible or control character") {
				t.Errorf("%s: problems %+v, want one at line 2", v, problems)
			}
		}
	}
	// The layout of a YAML file is no problem.
	for _, v := range []string{"x", "\"x \"", "|\n  x"} {
		src := "---\nid: " + v + "\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\nIn total 42% of services reported waiting lists longer than 18 weeks.\n"
		if doc, problems := corpus.Parse("sources/x.md", []byte(src)); doc.Source.ID != "x" || len(problems) != 0 {
			t.Errorf("%q: id %+q, problems %+v", v, doc.Source.ID, problems)
		}
	}
}
