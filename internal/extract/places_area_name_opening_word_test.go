package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// headlineOf extracts one sentence and gives its count's place, measure
// and key, the first figure with a measure key.
func headlineOf(t *testing.T, sentence string) (place, measure, key string) {
	t.Helper()
	for _, it := range extract.Extract(parseBody(t, "P", sentence+"\n")) {
		for _, f := range it.Figures {
			if f.Key != "" {
				return f.Place, f.Measure, f.Key
			}
		}
	}
	t.Fatalf("%s: no figure with a key", sentence)
	return
}

// TestAnAreaNameTakesNoOpeningWord: the word opening a sentence before an
// area's name ("In", "Across", "Within", "For", "However,") is no word of
// the name, so the figures are Kent and Medway ICB's, as those of a
// sentence opening with the name are; a name that opens with a word like
// a preposition ("Mid and South Essex") keeps it, and "NHS" before the
// name is left out of the place and of the measure. The measure and key
// are those of the sentence opening with the name. Before, the place was
// "In Kent and Medway ICB", another place, and "In NHS Kent and Medway
// ICB" measured "in NHS,".
func TestAnAreaNameTakesNoOpeningWord(t *testing.T) {
	const rest = " 640 young people were waiting more than 12 weeks in 2025."
	_, wantMeasure, wantKey := headlineOf(t, rest[1:])
	for _, c := range []struct{ lead, place string }{
		{"In Kent and Medway ICB,", "Kent and Medway ICB"},
		{"Across Greater Manchester ICB,", "Greater Manchester ICB"},
		{"Within West Yorkshire ICB,", "West Yorkshire ICB"},
		{"For Cornwall and the Isles of Scilly ICB,", "Cornwall and the Isles of Scilly ICB"},
		{"However, Kent and Medway ICB had", "Kent and Medway ICB"},
		{"In NHS Kent and Medway ICB,", "Kent and Medway ICB"},
		{"In Leicester, Leicestershire and Rutland ICB,", "Leicester, Leicestershire and Rutland ICB"},
		{"In Mid and South Essex ICB,", "Mid and South Essex ICB"},
		{"Mid and South Essex ICB had", "Mid and South Essex ICB"},
		{"In North East London ICB,", "North East London ICB"},
		{"In London,", "London"},
	} {
		sentence := c.lead + rest
		if strings.HasSuffix(c.lead, " had") {
			sentence = strings.Replace(sentence, " were waiting", " waiting", 1)
		}
		place, measure, key := headlineOf(t, sentence)
		if place != c.place {
			t.Errorf("%s: place %q, want %q", c.lead, place, c.place)
		}
		if c.lead[len(c.lead)-1] == ',' && (measure != wantMeasure || key != wantKey) {
			t.Errorf("%s: measure %q key %q, want %q %q", c.lead, measure, key, wantMeasure, wantKey)
		}
	}
}
