package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestSpeakerTagAfterAQuoteIsItsOwnSentence: a speaker's tag set after
// the closing quote on the quotation's last line ("... to other
// children.” – Parent, North Somerset") is a sentence of its own and
// page furniture, as it is on a line of its own; the quote stays an item
// without it. A dash opening a clause after a quote is no tag. Before,
// the tag ended the quote's sentence and every excerpt of it.
func TestSpeakerTagAfterAQuoteIsItsOwnSentence(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"“We waited two years for a hearing test. By then she had fallen behind in class.” – Parent, North Somerset", 3},
		{"“Nobody rang us back for months.” — Young carer, East Riding", 2},
		{"“Nobody rang us back for months.” – and that was the pattern across the county.", 1},
	} {
		if got := len(extract.Sentences(c.text)); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.want)
		}
	}
	doc := parseBody(t, "Northmoor Parent Carer Forum", "## What families said\n\nFamilies told us about long waits for therapy.\n\n“We waited two years for a hearing test, and by then she had fallen behind in class.” – Parent, North Somerset\n")
	found := false
	for _, it := range extract.Extract(doc) {
		if strings.Contains(it.Text, "Parent, North Somerset") {
			t.Errorf("the speaker's tag in an item: %q", it.Text)
		}
		if strings.Contains(it.Text, "We waited two years for a hearing test") {
			found = true
		}
	}
	if !found {
		t.Errorf("the quote is no item")
	}
}
