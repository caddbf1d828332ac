package extract

import "testing"

// TestFurnitureOfFOIRightsMinutesCourtesiesAndHealthwatchStatements: the
// rights paragraph of an answer to a freedom of information request, the
// opening courtesy of minutes and a local Healthwatch's statement of what
// it is are furniture (held-out set 99); near misses that report or ask
// something are not.
func TestFurnitureOfFOIRightsMinutesCourtesiesAndHealthwatchStatements(t *testing.T) {
	for in, want := range map[string]bool{
		"If you are dissatisfied with the handling of your request, you have the right to ask for an internal review.":                true,
		"Internal review requests must be made in writing within 40 working days of the date of this response to foi@wexmoor.gov.uk.": true,
		"You also have the right to complain to the Information Commissioner's Office once the internal review is complete.":          true,
		"The Chair welcomed members and noted that the meeting was quorate.":                                                          true,
		"The meeting was quorate.": true,
		"Healthwatch Wexmoor is the independent champion for people who use health and social care services in Wexmoor.": true,
		"The internal review found that 14 of the 31 requests had been answered late.":                                   false,
		"The Chair welcomed the fall in waits to 14 weeks and asked the trust to report again in March.":                 false,
		"Healthwatch Wexmoor heard from 212 families, and 61% said they had waited more than a year.":                    false,
		"The council should publish how many requests for an internal review it receives each year.":                     false,
	} {
		if got, _, _ := furnitureSentence(in); got != want {
			t.Errorf("%q: furniture %v, want %v", in, got, want)
		}
	}
}
