package extract_test

import (
	"testing"
)

// Set 58's furniture: a writer's "is head of" note, a "these are my views
// and not my employer's" disclaimer, a "Posed by model." caption and a
// service's note that its summaries are no official record. A finding
// about a head of service stays.
func TestFurnitureOfWriterDisclaimersAndPosedCaptions(t *testing.T) {
	for _, s := range []string{
		"Dr Amal Reyes is head of children's policy at the Northgate Trust.",
		"As always, these are my views and not my employer's.",
		"Posed by model.",
		"Summaries are prepared by Parlwatch and are not an official record.",
	} {
		if k := kindOf(t, "Northgate Trust", s); k != "" {
			t.Errorf("%q read as %s", s, k)
		}
	}
	if k := kindOf(t, "Northgate Trust", "The head of the service said 40% of families waited more than a year."); k == "" {
		t.Error("a finding read as furniture")
	}
}
