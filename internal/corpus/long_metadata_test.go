package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// TestOverLongMetadataIsAProblem: a title, publisher or url longer than a
// source's may be (evidence.MaxTitleChars, MaxPublisherChars,
// MaxURLChars) is a `cypx check` problem at its line, its length said and
// its value not repeated whole; the source is kept with the value as
// written (citations carry it). One of the limit exactly is no problem.
// Before: a 5 MB title and a 3 MB url were accepted without a word.
func TestOverLongMetadataIsAProblem(t *testing.T) {
	for _, c := range []struct {
		key   string
		max   int
		value func(n int) string
	}{
		{"title", evidence.MaxTitleChars, func(n int) string { return strings.Repeat("é", n) }},
		{"publisher", evidence.MaxPublisherChars, func(n int) string { return strings.Repeat("P", n) }},
		{"url", evidence.MaxURLChars, func(n int) string { return "https://example.org/" + strings.Repeat("a", n-len("https://example.org/")) }},
	} {
		for _, n := range []int{c.max, c.max + 1, 5 << 20} {
			meta := map[string]string{"title": "T", "publisher": "P", "url": "https://example.org/r"}
			meta[c.key] = c.value(n)
			data := "---\ntitle: \"" + meta["title"] + "\"\npublisher: \"" + meta["publisher"] + "\"\ndate: 2024\ntype: report\nurl: \"" + meta["url"] + "\"\n---\nIn 2024, 45% of children waited over 18 weeks for CAMHS.\n"
			doc, problems := corpus.Parse("sources/x.md", []byte(data))
			line := map[string]int{"title": 2, "publisher": 3, "url": 6}[c.key]
			if n == c.max {
				if len(problems) != 0 {
					t.Errorf("%s of %d characters (the limit): problems %v", c.key, n, problems)
				}
				continue
			}
			if len(problems) != 1 || problems[0].Line != line || problems[0].Skipped || !strings.HasPrefix(problems[0].Message, c.key+": ") ||
				!strings.Contains(problems[0].Message, "characters") || len(problems[0].Message) > 400 {
				t.Errorf("%s of %d characters: problems %.500v", c.key, n, problems)
			}
			got := map[string]string{"title": doc.Source.Title, "publisher": doc.Source.Publisher, "url": doc.Source.URL}[c.key]
			if got != meta[c.key] {
				t.Errorf("%s of %d characters: not kept as written", c.key, n)
			}
		}
	}
}
