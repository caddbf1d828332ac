package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestFrontMatterAuthorReadAsImported: a corpus file's author is cleaned
// by the author field's rule (evidence.CleanAuthorLine), as the import
// stores it: a line separator between two names parts them, a soft
// hyphen before a capital parts two words, an escape sequence goes
// whole; each is a problem at its line. Before, "Jane Smith\u2028Bob Lee"
// was loaded as one person of four names and "Jane\u00adSmith" as
// "JaneSmith" (hostile check 49).
func TestFrontMatterAuthorReadAsImported(t *testing.T) {
	for author, want := range map[string]string{
		`Jane Smith\u2028Bob Lee`:                  "Jane Smith; Bob Lee",
		`Jane Smith\NBob Lee`:                      "Jane Smith; Bob Lee",
		`Jane\u00adSmith`:                          "Jane Smith",
		`\e]52;c;cm0gLXJmIH4=\aBob Lee`:            "Bob Lee",
		`Jane Smith \e]8;;http://e.x\aBob\e]8;;\a`: "Jane Smith Bob",
	} {
		src := "---\ntitle: T\npublisher: NHS Providers\nauthor: \"" + author + "\"\ndate: 2024\ntype: report\n---\nIn total 42% of services reported waiting lists longer than 18 weeks.\n"
		doc, problems := corpus.Parse("sources/x.md", []byte(src))
		if doc.Source.Author != want {
			t.Errorf("author %s: loaded as %+q, want %+q", author, doc.Source.Author, want)
		}
		if len(problems) != 1 || problems[0].Line != 4 || !strings.Contains(problems[0].Message, "control character") {
			t.Errorf("author %s: problems %+v", author, problems)
		}
	}
}
