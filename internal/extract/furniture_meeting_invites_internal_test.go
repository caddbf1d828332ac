package extract

import "testing"

// TestFurnitureOfCrisisSignpostsAndOffersOfEvidence: a crisis signpost to the reader, an offer to
// give oral evidence and a writer's note that they are around next week
// are no evidence; each beside a near-miss that is. The rules are asked
// alone, without the learned model. Every sentence is written for this
// test.
func TestFurnitureOfCrisisSignpostsAndOffersOfEvidence(t *testing.T) {
	cases := []struct {
		name, in  string
		furniture bool
	}{
		{"crisis signpost", "If you are in crisis now, please call NHS 111 and choose option 2.", true},
		{"emergency line", "In an emergency, always call 999.", true},
		{"oral evidence offer", "We would be very pleased to give oral evidence to the committee.", true},
		{"around next week", "I'm around all next week if it would help to talk before the meeting.", true},
		// Near-misses.
		{"crisis finding", "Young people in crisis waited an average of 9 hours in emergency departments.", false},
		{"calls to 999", "In an emergency, 14% of parents had called 999 before they reached a crisis team.", false},
		{"pleased finding", "Parents were pleased to see 72% of plans issued on time this year.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, _, _ := furnitureSentence(c.in); got != c.furniture {
				t.Errorf("%q: furniture %v, want %v", c.in, got, c.furniture)
			}
		})
	}
}

// TestMeetingInviteIsFurniture: an invitation to a group's next
// meeting, with its day, time and place, is a call to the reader; a
// sentence about who came to a meeting is evidence. Every sentence is
// written for this test.
func TestMeetingInviteIsFurniture(t *testing.T) {
	cases := []struct {
		in        string
		furniture bool
	}{
		{"Join our next meeting: first Monday of the month, 7pm, Riverside Library", true},
		{"Come along to our monthly drop-in on Tuesdays at the family hub.", true},
		{"Our meeting in March heard from 42 parents about waits for speech therapy.", false},
		{"Join-up between the two services has improved, with 80% of referrals now shared.", false},
	}
	for _, c := range cases {
		if got, _, _ := furnitureSentence(c.in); got != c.furniture {
			t.Errorf("%q: furniture %v, want %v", c.in, got, c.furniture)
		}
	}
}
