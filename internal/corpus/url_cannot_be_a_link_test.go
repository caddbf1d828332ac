package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestURLThatCannotBeALinkIsAProblem: a source's url that a briefing pack
// cannot link (no scheme, "www.example.org/a"; another scheme,
// "javascript:alert(1)", "ftp://x/y"; no host, "http://"; words, "not a
// url") is a `cypx check` problem at its line, the source kept and the url
// shown as text as before (round 25, red team). Before: accepted without a
// word, and every Markdown citation of the source lost its link unseen.
func TestURLThatCannotBeALinkIsAProblem(t *testing.T) {
	for url, want := range map[string]string{
		"www.example.org/a":   `write it whole, "https://www.example.org/a"`,
		"javascript:alert(1)": "is not a web address",
		"ftp://x/y":           "is not a web address",
		"http://":             "is not a web address",
		"not a url":           "is not a web address",
	} {
		data := "---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\nurl: \"" + url + "\"\n---\nIn 2024, 45% of children waited over 18 weeks for CAMHS.\n"
		doc, problems := corpus.Parse("sources/x.md", []byte(data))
		if len(problems) != 1 || problems[0].Line != 6 || problems[0].Skipped || !strings.Contains(problems[0].Message, want) || doc.Source.URL != url {
			t.Errorf("url %q: problems %v, url read %q", url, problems, doc.Source.URL)
		}
	}
	// A url with a space in it is linked, and said since hostile check 51
	// (TestURLWithASpaceOnOneLineIsAProblem).
	for _, url := range []string{"https://example.org/a(c)", "http://example.org", "HTTPS://EXAMPLE.ORG/X"} {
		data := "---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\nurl: \"" + url + "\"\n---\nIn 2024, 45% of children waited over 18 weeks for CAMHS.\n"
		if _, problems := corpus.Parse("sources/x.md", []byte(data)); len(problems) != 0 {
			t.Errorf("url %q: problems %v", url, problems)
		}
	}
}
