package extract_test

import "testing"

// TestCountsHedgedJustUnder: "under" before a number is an age's
// ("children under 5") only where the number can be one; a count hedged
// "just under" or "under" ("just under 2,400 care leavers", "under 650
// referrals") is a count. Before, each was lost with the ages.
func TestCountsHedgedJustUnder(t *testing.T) {
	cases := []struct{ in, want string }{
		{"The county had just under 2,400 care leavers aged 18 to 25 in March 2025.", "just under 2,400=2400 count"},
		{"Under 650 referrals were received by the hub in its first year.", "Under 650 referrals=650 count"},
		{"We recorded just under 7,900 school nurse contacts in the summer term.", "just under 7,900=7900 count"},
		// Ages stay ages.
		{"Services for children under 5 saw 120 families.", "120 families=120 count"},
		{"Young people aged under 25 made 310 visits.", "310 visits=310 count"},
	}
	checkDescribed(t, cases)
}

// TestSharesOfASchoolYear: "one in N" before the school year its people
// are in ("more than one in five Year 6 pupils", "1 in 3 Year 10
// students") is a share, no span of years. Before, the share was lost
// as "one in five years", and "1 in 3 Year 10 students" was a count of 3.
func TestSharesOfASchoolYear(t *testing.T) {
	cases := []struct{ in, want string }{
		{"More than one in five Year 6 pupils in the borough were living with obesity in 2024.", "More than one in five=20 percent"},
		{"1 in 3 Year 10 students said they had skipped a meal that week.", "1 in 3=33.3 percent"},
		{"Around one in ten year 1 children had a visible tooth decay.", "Around one in ten=10 percent"},
	}
	checkDescribed(t, cases)
}
