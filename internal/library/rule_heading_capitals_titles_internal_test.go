package library

import (
	"strings"
	"testing"
)

// A newsletter's numbered story title set in capitals between two rules is
// a heading even when its last word is one a sentence goes on from ("...:
// SIX MONTHS ON"): the rule under it ends it, no sentence runs into a rule.
func TestNumberedCapitalsTitleEndingOnOpenWordOverRule(t *testing.T) {
	rule := strings.Repeat("-", 60)
	text := "Hello everyone,\n\nNews from the clinic this month.\n\n" +
		rule + "\n1. THE NEW EVENING CLINIC: SIX MONTHS ON\n" + rule + "\n\n" +
		"Since March the evening clinic has seen 410 children after school.\n\n" +
		rule + "\n2. WHO WE HEARD FROM\n" + rule + "\n\n" +
		"Families told us the later times suited working parents.\n"
	doc := structureText(text, false, true)
	for _, h := range []string{"## THE NEW EVENING CLINIC: SIX MONTHS ON", "## WHO WE HEARD FROM"} {
		if !strings.Contains(doc.body, h+"\n") {
			t.Errorf("heading %q not kept in:\n%s", h, doc.body)
		}
	}
	if strings.Contains(doc.body, "\n----") {
		t.Errorf("a rule kept as text:\n%s", doc.body)
	}
	// A line that does wrap mid-sentence still does.
	if !wrappedLine("The clinic will open on", "Tuesdays from May.") {
		t.Error("a line ending on \"on\" over text no longer wraps")
	}
}

// An author line closing on its month after a middle dot or a dash is a
// byline; a sentence naming a month is not.
func TestBylineDateLine(t *testing.T) {
	for line, want := range map[string]bool{
		"Dr Ada Lin, Director of Public Health, Easthope Council · May 2025": true,
		"Easthope Public Health Team – 4 March 2024":                         true,
		"The clinic has been busy since it opened in May 2025.":              false,
		"We opened the hub. Staff joined us · May 2025":                      false,
	} {
		if got := bylineDateLine(line); got != want {
			t.Errorf("bylineDateLine(%q) = %v, want %v", line, got, want)
		}
	}
}
