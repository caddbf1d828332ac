package extract

import "testing"

// TestAGuidelinesNoteOnItsWordingIsFurniture: the standing note a body
// prints over every guideline's recommendations, pointing to the page on
// how its words show how strong a recommendation is, is furniture;
// sentences about deciding, or about a guideline's words, that say
// something of the subject stay. Every sentence is written for this test.
func TestAGuidelinesNoteOnItsWordingIsFurniture(t *testing.T) {
	for _, s := range []string{
		"Making decisions using NICE guidelines explains how we use words to show the strength (or certainty) of our recommendations, and has information about prescribing medicines.",
		"Making decisions using Fenbridge guidelines sets out how we use words to show how firm our advice is, and has information about consent.",
		"Making decisions using the network's guideline describes how we use words to show how strong each recommendation is.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Making decisions using NICE guidelines took 40% longer in clinics without a named lead.",
		"Making decisions about care with young people, not for them, was the panel's first ask.",
		"Clinicians making decisions using the guideline should involve the family in every review.",
		"How we use words matters: families told us the letters felt cold.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
