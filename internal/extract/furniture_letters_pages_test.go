package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestLettersPageRulesAreFurniture: a letters page's rules for writers
// and its standfirst are the paper's house rules, no evidence, and the
// words' limit no figure, as is a document viewer's notice that it shows
// only the first pages as text; a letter's own account stays.
func TestLettersPageRulesAreFurniture(t *testing.T) {
	cases := []struct {
		sentence string
		kept     bool
	}{
		{"Letters should be no longer than 250 words and must include your name, address and a daytime phone number.", false},
		{"We may edit letters for length and clarity.", false},
		{"Have your say on the issues that matter in Eastvale and the villages.", false},
		{"Only the first pages of this document are shown as text, so download it to read the rest.", false},
		{"My daughter waited 19 months for an assessment, and her school could do nothing until she had one.", true},
	}
	for _, c := range cases {
		body := "## Letters\n\nThe new clinic opened in the town centre last spring after a long campaign.\n\n" + c.sentence + "\n"
		var texts []string
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			texts = append(texts, it.Text)
		}
		if got := slices.Contains(texts, c.sentence); got != c.kept {
			t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, got, c.kept, texts)
		}
	}
}
