package extract

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// TestAFootOfImprintLinesIsNoItem: a text's foot of an imprint line over
// a charity's number, read as one sentence, is no item; a line stating a
// finding among them keeps the block evidence.
func TestAFootOfImprintLinesIsNoItem(t *testing.T) {
	items := func(body string) []string {
		doc, _ := corpus.Parse("sources/t.md", []byte("---\ntitle: T\npublisher: Ashvale Children's Trust\ndate: 2025\ntype: report\n---\nEvery school should name a young carers lead.\n\n"+body+"\n"))
		var texts []string
		for _, it := range Extract(doc) {
			texts = append(texts, it.Text)
		}
		return texts
	}
	for _, it := range items("Published by Ashvale Children's Trust, June 2025\nRegistered charity number 1098765") {
		if strings.Contains(it, "charity number") {
			t.Errorf("the foot is an item: %q", it)
		}
	}
	found := false
	for _, it := range items("Published by Ashvale Children's Trust, June 2025\nIn 2024, 412 young carers were referred to the service") {
		found = found || strings.Contains(it, "412 young carers")
	}
	if !found {
		t.Error("a finding under the imprint line was lost")
	}
}

// TestFurnitureLines: the rule itself, whose effect above the learned
// model can hide in a short source.
func TestFurnitureLines(t *testing.T) {
	for s, want := range map[string]bool{
		"Published by Ashvale Children's Trust, June 2025\nRegistered charity number 1098765":                      true,
		"First published 3 March 2025\nRegistered charity number 1098765":                                          true,
		"Published by Ashvale Children's Trust, June 2025\nIn 2024, 412 young carers were referred to the service": false,
		"Published by Ashvale Children's Trust, June 2025":                                                         false,
		"Registered charity number 1098765\nEvery school should name a young carers lead":                          false,
	} {
		if got := furnitureLines(s); got != want {
			t.Errorf("furnitureLines(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOwnTitleLine: the report's main title beside its publisher is a
// running header, whichever comes first; a sentence naming both, or
// another title, is not.
func TestOwnTitleLine(t *testing.T) {
	const title, pub = "Not just a phase: young people’s experience of mental health support", "Brightwell Young Minds Trust"
	for s, want := range map[string]bool{
		"Not just a phase | Brightwell Young Minds Trust":                      true,
		"Brightwell Young Minds Trust · Not just a phase":                      true,
		"Waiting well | Brightwell Young Minds Trust":                          false,
		"Not just a phase is the Brightwell Young Minds Trust's third survey.": false,
	} {
		if got := ownTitleLine(s, title, pub); got != want {
			t.Errorf("ownTitleLine(%q) = %v, want %v", s, got, want)
		}
	}
}
