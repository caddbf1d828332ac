package extract_test

import "testing"

// TestLevelsInWordsAndGappedLists: a count that a verb of level ends its
// clause with ("has stayed at 12.", "remained broadly flat at around 30
// a year"), a count in words compared with one before it in a time of
// its own ("Nine were placed out of area in 2024, compared with four in
// 2023"), and the further counts of a list that leaves its verb out
// ("Health visitors referred 41 families, midwives 17, and GPs 9.") are
// counts. Before, each was lost.
func TestLevelsInWordsAndGappedLists(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Referrals to the hub rose by 40% since 2021, but the number of speech therapists has stayed at 12.",
			"40%=40 percent/change; 12=12 count"},
		{"Waits grew by 30% in a year, while the number of psychologists on the team has remained at seven.",
			"30%=30 percent/change; seven=7 count"},
		{"Complaints rose by 24% over two years, while the number of inspections stayed broadly flat at around 30 a year.",
			"24%=24 percent/change; around 30=30 count"},
		{"Nine children were placed out of area in 2024, compared with four in 2023.",
			"Nine children=9 count; four=4 count"},
		{"Health visitors referred 41 families, midwives 17, and GPs 9.",
			"41 families=41 count; 17=17 count; 9=9 count"},
		{"Asthma accounted for 26 of the 70, eczema for 19, allergies for 15 and other causes for 10.",
			"26=26 count/headline; 70=70 count/base; 19=19 count; 15=15 count; 10=10 count"},
		// No list: a verb or an age stands in the gap.
		{"The clinic has 14 rooms, and the nearest hospital is 30.", "14 rooms=14 count"},
		{"We saw 52 children, most aged 12.", "52 children=52 count"},
	}
	checkDescribed(t, cases)
}
