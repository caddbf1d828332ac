package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestURLFoldedByYAMLIsJoined: a url written over two lines of the front
// matter (a plain scalar continued on an indented line, a quoted one, or a
// ">" folded block) reaches cypx with a space where YAML folded the line
// break; the space is read as the fold it is, so the address is joined, and
// the value is a problem at the url's line. Before, "https://ex.org/cyp-
// waits" was stored with the space and linked as "cyp-%20waits", with no
// problem told (hostile check 49). A space typed inside a url written on
// one line is not a fold: it stays, for the link to encode.
func TestURLFoldedByYAMLIsJoined(t *testing.T) {
	head := "---\ntitle: Waits\npublisher: NHS Providers\ndate: 2024-01-01\ntype: report\n"
	body := "---\nIn 2023, 45% of children waited more than 18 weeks for help here.\n"
	for name, url := range map[string]string{
		"plain":          "url: https://ex.org/cyp-\n  waits\n",
		"plain, 3 lines": "url: https://ex.org/\n  cyp-\n  waits\n",
		"double quoted":  "url: \"https://ex.org/cyp-\n  waits\"\n",
		"single quoted":  "url: 'https://ex.org/cyp-\n  waits'\n",
		"folded":         "url: >\n  https://ex.org/cyp-\n  waits\n",
		"folded, strip":  "url: >-\n  https://ex.org/cyp-\n  waits\n",
		"then a comment": "url: https://ex.org/cyp-\n  waits\n# the report\n",
	} {
		doc, problems := corpus.Parse("sources/w.md", []byte(head+url+"accessed: 2024-02-01\n"+body))
		if doc.Source.URL != "https://ex.org/cyp-waits" {
			t.Errorf("%s: url %q, want https://ex.org/cyp-waits", name, doc.Source.URL)
		}
		var told []string
		for _, p := range problems {
			if p.Line == 6 && strings.HasPrefix(p.Message, "url: ") && strings.Contains(p.Message, "https://ex.org/cyp-waits") {
				told = append(told, p.Message)
			}
			if p.Skipped {
				t.Errorf("%s: the source is skipped: %s", name, p.Message)
			}
		}
		if len(told) != 1 || !strings.Contains(told[0], "over") || !strings.Contains(told[0], "one line") {
			t.Errorf("%s: want one problem at the url's line 6 saying it is written over lines, got %q (all: %v)", name, told, problems)
		}
	}
	// On one line a typed space is no fold: kept, for the link to encode,
	// as an import keeps it.
	for _, url := range []string{"url: https://ex.org/cyp waits\n", "url: >\n  https://ex.org/cyp waits\n"} {
		doc, _ := corpus.Parse("sources/w.md", []byte(head+url+body))
		if doc.Source.URL != "https://ex.org/cyp waits" {
			t.Errorf("%q: url %q, want the typed space kept", url, doc.Source.URL)
		}
	}
}
