package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestARawControlsLineSaysOnceWhatIsLoaded: a front-matter line whose
// quoted value holds a raw control character (and an invisible one) is
// one problem, at its line, whose "read as" is the value cypx loads:
// without the quote marks YAML reads away, and without the invisible
// character the field's cleaning drops. Before (hostile check 70 G16),
// the publisher's problem said it was read as "\"Harbour Trust\"" (quote
// marks and all) where "Harbour Trust" was loaded, and the title's line
// had two problems, each with its own "read as".
func TestARawControlsLineSaysOnceWhatIsLoaded(t *testing.T) {
	src := "---\ntitle: \"Waits\x1b[1m for \u202eclinics\"\npublisher: \"Harbour\x07 Trust\"\ndate: 2024-03-01\ntype: report\n---\n\nIn 2024, 31% of children waited more than 18 weeks.\n"
	doc, probs := corpus.Parse("sources/w.md", []byte(src))
	byLine := map[int][]string{}
	for _, p := range probs {
		byLine[p.Line] = append(byLine[p.Line], p.Message)
	}
	for line, want := range map[int]string{2: doc.Source.Title, 3: doc.Source.Publisher} {
		msgs := byLine[line]
		if len(msgs) != 1 || !strings.HasSuffix(msgs[0], "(read as \""+want+"\")") {
			t.Errorf("line %d: problems %q, want one reading as %q", line, msgs, want)
		}
	}
	if doc.Source.Publisher != "Harbour Trust" {
		t.Errorf("publisher loaded as %q", doc.Source.Publisher)
	}
	if strings.ContainsAny(doc.Source.Title, "\"\x1b\u202e") {
		t.Errorf("title loaded as %q", doc.Source.Title)
	}
}
