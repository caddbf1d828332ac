package themes_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/themes"
)

// TestHeadingCarryWordWithACombiningAccent: a heading_carry word written
// with its accent decomposed ("cafe\u0301") is the word written composed
// ("café"), as a heading's words are read: no problem, and it carries for
// a text holding the word either way. Before, the combining accent ended
// the word, and 'cypx check' advised writing it "cafe", a word without its
// accent (hostile check 51). Invented words and headings.
func TestHeadingCarryWordWithACombiningAccent(t *testing.T) {
	const decomposed, composed = "cafe\u0301", "café"
	for _, word := range []string{decomposed, composed} {
		doc := "themes:\n  - {id: voice, label: Voice, terms: [\"young people told us\"]}\n  - {id: waits, label: Waits, terms: [waited]}\nheading_carry:\n  voice: [\"" + word + "\"]\n"
		tax, err := themes.Parse("themes.yaml", []byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		if len(tax.Problems) != 0 {
			t.Errorf("%+q: problems %v", word, tax.Problems)
		}
		for _, text := range []string{"At the " + decomposed + ", children had waited too long.", "At the " + composed + ", children had waited too long."} {
			it := evidence.Item{Text: text, Section: "What young people told us"}
			if got := tax.TagItem(it); !slices.Equal(got, []string{"voice", "waits"}) {
				t.Errorf("word %+q, text %+q: TagItem = %v, want [voice waits]", word, text, got)
			}
		}
	}
	// A word with an accent and a character that is not a word's is told
	// to be written as the word, with its accent.
	doc := "themes:\n  - {id: voice, label: Voice, terms: [\"young people told us\"]}\nheading_carry:\n  voice: [\"" + decomposed + ".\"]\n"
	tax, err := themes.Parse("themes.yaml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(tax.Problems) != 1 || !strings.Contains(tax.Problems[0].Message, `write the word alone ("café")`) {
		t.Errorf("problems %v, want the advice to write \"café\"", tax.Problems)
	}
}
