package extract

import "testing"

// TestReplyAndCirculationNotes: how to reply, who may see a paper,
// how to hand in a form and a committee's stamp on written evidence are
// furniture; findings and asks that share their words stay evidence.
func TestReplyAndCirculationNotes(t *testing.T) {
	cases := []struct {
		in        string
		furniture bool
	}{
		{"Please reply to the group, not to me, so everyone sees the answer.", true},
		{"Please reply to the calendar invitation so that I can order lunch.", true},
		{"These slides are for discussion only and are not for wider circulation.", true},
		{"The minutes are published in the interests of transparency.", true},
		{"Scan the QR code to book a vaccination appointment online.", true},
		{"Tear off this slip and hand it to your child's teacher.", true},
		{"This submission has been accepted by the Health Committee as written evidence.", true},
		// Near-misses.
		{"Only 40% of parents replied to the invitation to the clinic.", false},
		{"The slides showed that 30% of children waited over a year.", false},
		{"Please reply to the consultation: the council should fund more school nurses.", false},
		{"The committee published 46 pieces of written evidence from 30 bodies.", false},
	}
	for _, c := range cases {
		if got, _, _ := furnitureSentence(c.in); got != c.furniture {
			t.Errorf("%q: furniture %v, want %v", c.in, got, c.furniture)
		}
	}
}
