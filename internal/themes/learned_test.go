package themes

import (
	"slices"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

func testItem(text, section, header string) evidence.Item {
	return evidence.Item{Text: text, Section: section, Header: header, Kind: evidence.Statistic}
}

// TestEmbeddedModelFitsTheBundledTaxonomy checks that the embedded model
// decodes, scores the bundled taxonomy's themes in its order, and that a
// model cut short or of another format is refused rather than misread.
func TestEmbeddedModelFitsTheBundledTaxonomy(t *testing.T) {
	m, err := embeddedModel()
	if err != nil {
		t.Fatal(err)
	}
	tax, err := Load(bundled.FS, "themes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.ids, tax.IDs()) {
		t.Fatalf("model themes %v, taxonomy %v", m.ids, tax.IDs())
	}
	if len(m.index) < 1000 || len(m.weights) != len(m.index)*len(m.ids) {
		t.Errorf("model of %d features and %d weights", len(m.index), len(m.weights))
	}
	if tax.learned() != m {
		t.Error("the bundled taxonomy does not use the embedded model")
	}
	for _, bad := range [][]byte{nil, []byte("cypx theme model 1\n"), learnedData[:len(learnedData)/2], learnedData[:len(learnedData)-1], append(slices.Clone(learnedData), 0)} {
		if _, err := decodeModel(bad); err == nil {
			t.Errorf("a model of %d bytes decoded", len(bad))
		}
	}
}

// TestScoreAllocatesNothing keeps the model's cost to arithmetic: its
// features are looked up from a buffer on the stack, never built as
// strings, once the item's words are stemmed.
func TestScoreAllocatesNothing(t *testing.T) {
	tax, err := Load(bundled.FS, "themes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	m := tax.learned()
	it := testItem("Over 1,000 children in Wyvern are on the list for an ADHD assessment.", "Waiting times", "")
	var z [maxModelThemes]int32
	m.score(it, nil, tax.stems.stem, &z)
	if n := testing.AllocsPerRun(100, func() { m.score(it, nil, tax.stems.stem, &z) }); n != 0 {
		t.Errorf("score allocates %.0f times an item", n)
	}
}

// TestModelTakesAwayOnlyFromShortItems holds the model's drop: from a
// short item it takes away a rule's theme it is nearly sure is wrong (a
// respite break "promised" by a service is no national promise), and says
// so in Explain; from a long paragraph, which speaks of several things,
// it takes nothing away.
func TestModelTakesAwayOnlyFromShortItems(t *testing.T) {
	tax, err := Load(bundled.FS, "themes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rules, err := Load(bundled.FS, "themes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rules.RulesOnly = true
	// Far below the threshold (p about 0.0004 when chosen), so a retrained
	// model that moves it a little still takes it away: the sentence this
	// test had before sat at 0.0027 after one retraining.
	short := testItem("Our son was promised one overnight stay a month and had two all year.", "What families told us", "")
	if !slices.Contains(rules.TagItem(short), "national-policy") {
		t.Fatalf("the rules give %v: the test needs an item they file under national-policy", rules.TagItem(short))
	}
	if got := tax.TagItem(short); slices.Contains(got, "national-policy") {
		t.Errorf("TagItem(%q) = %v, want national-policy taken away", short.Text, got)
	}
	if !slices.ContainsFunc(tax.Explain(short), func(s Signal) bool {
		return s.Theme == "national-policy" && s.From == "model" && strings.HasPrefix(s.Words, "taken away")
	}) {
		t.Errorf("Explain(%q) does not say the model took national-policy away: %v", short.Text, tax.Explain(short))
	}
	long := short
	long.Text = strings.Repeat(short.Text+" ", 6)
	if ShortForDrop(long.Text) {
		t.Fatalf("%d words count as short", len(strings.Fields(long.Text)))
	}
	if got := tax.TagItem(long); !slices.Contains(got, "national-policy") {
		t.Errorf("TagItem of a %d-word paragraph = %v: the model took national-policy away", len(strings.Fields(long.Text)), got)
	}
}
