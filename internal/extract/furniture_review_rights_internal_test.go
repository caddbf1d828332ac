package extract

import "testing"

// TestReviewRightsAreFurniture: a reply's sentences on asking for a review
// and complaining to the regulator are furniture; a finding about reviews
// or unhappy families is not.
func TestReviewRightsAreFurniture(t *testing.T) {
	for _, s := range []string{
		"If you are dissatisfied with how your request has been handled, you can ask us to carry out an internal review.",
		"If you remain unhappy after the internal review, you have the right to complain to the Information Commissioner's Office at Wycliffe House.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"If you are unhappy with the service, the trust found, you are twice as likely to be discharged without a plan.",
		"Parents who were dissatisfied with how their complaint was handled waited 14 weeks on average for a review.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q taken for furniture", s)
		}
	}
}
