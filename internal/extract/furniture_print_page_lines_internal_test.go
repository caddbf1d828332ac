package extract

import "testing"

// TestAPrintedPagesCreditEventAndSayLinesAreFurniture: a leaflet's line
// naming its team and body, a small advert's event line and an invitation
// to have your say are furniture; the same words doing or finding
// something stay. Every sentence is written for this test.
func TestAPrintedPagesCreditEventAndSayLinesAreFurniture(t *testing.T) {
	for _, s := range []string{
		"Community Paediatrics Service, Eastbury Health NHS Trust",
		"Children's Therapy Team, Millmoor Council",
		"The Speech and Language Therapy Service, Dunmere and Holt Community NHS Foundation Trust",
		"Harbour Charity Bike Ride. Saturday 4 July, 9am, West Quay.",
		"Dunmere Summer Fair: Sunday 12 July 2026, 11am to 4pm, Abbey Fields",
		"Friday 9 October, 6.30pm, St Anne's Church Hall.",
		"Comment | Have your say on the stories that matter in Dunmere",
		"Have your say.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"The Community Paediatrics Service, Eastbury Health NHS Trust, saw 2,100 children last year.",
		"Community Paediatrics Service, Eastbury Health NHS Trust: waits rose by a third",
		"Referrals to the Children's Therapy Team, Millmoor Council rose to 900",
		"Saturday 4 July, 9am: 300 families came to the family hub open day.",
		"Have your say on the plans: 62% of parents who replied opposed the closure.",
		"Have your say because the council should hear from every family.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
