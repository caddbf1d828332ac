package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestLeadInsEachRuleReads: the two readings of who found a figure
// (attribution words, and a verb of finding opening the clause) divide
// the lead-ins between them, and every lead-in, read by one or both,
// leaves the figure the measure it has with no lead-in. Dropping either
// reading fails some of them: the first three rows only the verb of
// finding reads, the last two only the attribution words.
func TestLeadInsEachRuleReads(t *testing.T) {
	pct := evidence.Figure{Text: "61%", Value: 61, Unit: evidence.UnitPercent}
	plain := describeSentence("In 2025, 61% of families waited over a year for a speech therapy review.", pct)[0]
	if plain.Measure == "" {
		t.Fatal("the plain sentence has no measure")
	}
	for _, lead := range []string{
		"A survey run by the Hollin Parents Forum estimates that",            // no attribution word
		"A report by the Hollin Parents Forum on 140 families found that",    // a number inside the lead-in
		"Figures from the Hollin Parents Forum, released in June, show that", // the verb after a cut comma
		"A report by the Hollin Parents Forum found that",                    // both read it
		"A report by the Hollin Parents Forum said that",                     // a verb of saying
		"According to the Hollin Parents Forum,",                             // no verb
	} {
		got := describeSentence(lead+" 61% of families waited over a year for a speech therapy review in 2025.", pct)[0]
		if got.Measure != plain.Measure || got.Key != plain.Key {
			t.Errorf("%q: measure %q key %q, want %q key %q", lead, got.Measure, got.Key, plain.Measure, plain.Key)
		}
	}
}
