package extract

import "testing"

// TestATendersHousekeepingIsFurniture: where a tender's questions go and
// the buyer's right to move its dates are no findings; sentences with the
// same openings that say something stay.
func TestATendersHousekeepingIsFurniture(t *testing.T) {
	for _, s := range []string{
		"All clarification queries must be raised via the procurement portal.",
		"Questions should be submitted through the Atamis e-tendering portal only.",
		"Bids must be uploaded to the e-tendering system.",
		"Tenderers should note that the Authority may amend this timetable.",
		"Providers are reminded to note that the ICB reserves the right to change the procurement timetable.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Questions must be submitted to the committee in writing.",
		"Bids must be submitted through the portal by 14 March 2026, and 6 providers have registered.",
		"Providers should note that the Commissioner may vary the contract value if activity rises by more than 10%.",
		"Providers should ensure that children waiting more than 18 weeks are offered a review.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
