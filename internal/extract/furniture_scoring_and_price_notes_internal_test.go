package extract

import "testing"

// TestARiskScoringNoteAndEventPricesAreFurniture: a register's note on how
// it scores and an event's prices hold numbers that are no findings;
// sentences that go on to say something stay.
func TestARiskScoringNoteAndEventPricesAreFurniture(t *testing.T) {
	for _, s := range []string{
		"Risk scores are impact times likelihood on a 5 x 5 matrix.",
		"Scores are likelihood multiplied by consequence.",
		"The risk score is the product of likelihood and impact, using a 5 by 5 grid.",
		"Adults £5, children free.",
		"Tickets: adults £12, under-18s £6.",
		"Entry: families £20; concessions £4.50.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Scores are likelihood multiplied by consequence; 12 of the 18 risks now score 15 or more.",
		"Risk scores rose for 4 of the 6 children's services risks this quarter.",
		"Adults waited 12 weeks, under-16s 18 weeks.",
		"Children £5 a week was the average charge families paid for school trips, up from £3.",
		"Free school meals reached 24% of pupils in 2025.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
