package extract

import "testing"

// TestPaywallTrialOfferIsFurniture: a post's paywall offering a trial to keep
// reading is no evidence; a count of a trial's readers is. The rules are
// asked alone. Every sentence is written for this test.
func TestPaywallTrialOfferIsFurniture(t *testing.T) {
	for in, want := range map[string]bool{
		"Subscribe to The School Nurse Diaries to keep reading this post and get 14 days of free access to every back issue.": true,
		"Subscribers who kept reading past the first week rose to 2,300 parents in the trial.":                                false,
	} {
		if got, _, _ := furnitureSentence(in); got != want {
			t.Errorf("%q: furniture %v, want %v", in, got, want)
		}
	}
}
