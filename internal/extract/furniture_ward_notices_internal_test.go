package extract

import "testing"

// TestAWardsVisitingHoursAndLineAreFurniture: a unit's visiting hours and
// its own telephone line are notices to visitors; a sentence about visits
// or a line that says something stays.
func TestAWardsVisitingHoursAndLineAreFurniture(t *testing.T) {
	for _, s := range []string{
		"Brothers and sisters are welcome from 9am until 6pm.",
		"Grandparents are welcome between 2pm and 5pm.",
		"Visiting times are 2pm to 8pm daily.",
		"Visiting hours are between 11am and 8pm.",
		"The ward's direct line is 0161 496 0000.",
		"Our switchboard number is 020 7946 0321.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Visiting hours were cut to two hours a day during the outbreak.",
		"Siblings are welcome from 9am, but 30 families said they could not get there before school ended.",
		"Parents are welcome to attend the drop-in sessions, which 120 families used last year.",
		"The number of children waiting more than 18 weeks is 1,204.",
		"The unit's direct line was unanswered on 14 of the 20 days we rang it.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
