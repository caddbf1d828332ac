package extract_test

import "testing"

// TestNumberOpeningItsSentenceAsSubject: a number opening its sentence,
// in digits or words, its plural verb straight after it, counts the
// people the sentence before named: "57 said the clinic had closed.",
// "Nine were seen by a paediatrician.", "But only 14 had a plan.", "A further
// 33 were referred on." A singular verb leaves it none ("Seven is the
// age ..."). Before, each was lost and its sentence no statistic.
func TestNumberOpeningItsSentenceAsSubject(t *testing.T) {
	cases := []struct{ in, want string }{
		{"57 said the clinic had closed without warning.", "57=57 count"},
		{"Nine were seen by a paediatrician on the same day.", "Nine=9 count"},
		{"But only 14 had a care plan that had been reviewed.", "only 14=14 count"},
		{"A further 33 were referred on to the regional service.", "33=33 count"},
		{"Seven is the age at which the second dose is given.", ""},
	}
	checkDescribed(t, cases)
}
