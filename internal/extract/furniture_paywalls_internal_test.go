package extract

import "testing"

// TestFurnitureOfPaywallsAndCommentNotes: a paywall's subscription offer, a page's
// note on what its comments are, and a show's plea to rate it
// are no evidence;
// each beside a near-miss that is. The rules are asked alone, without
// the learned model. Every sentence is written for this test.
func TestFurnitureOfPaywallsAndCommentNotes(t *testing.T) {
	cases := []struct {
		name, in  string
		furniture bool
	}{
		{"subscription offer", "Subscribe to the Nursing Times for unlimited access to every article from £9.99 a month.", true},
		{"become a subscriber", "Become a subscriber to read the full story and our archive.", true},
		{"comments explained", "Letters are electronic comments to the editor, moderated before they appear.", true},
		{"rate the show", "If you enjoyed this episode, please rate and review the show wherever you listen.", true},
		{"subscribe to the podcast", "Please subscribe to the podcast so you never miss an episode.", true},
		// Near-misses.
		{"subscribers counted", "Subscribers to the parenting app rose to 14,200 families last year, up 31%.", false},
		{"comments as a finding", "Comments from 212 parents showed that 64% felt unheard by the service.", false},
		{"rating as a finding", "Families rated the service 4.1 out of 5 in the 2024 survey.", false},
		{"a body that recommends", "The review recommends that every ICB publish its waiting times.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, _, _ := furnitureSentence(c.in); got != c.furniture {
				t.Errorf("%q: furniture %v, want %v", c.in, got, c.furniture)
			}
		})
	}
}
