package extract

import "testing"

// TestFurnitureOfForwardsRemindersAndFarewells: a forwarder's note on how it forwards, an event
// reminder's welcome, preview and ticket line, a platform's sign-in
// prompt, an inspection report's note on the action plan, a newsletter's
// masthead line of practices, a speaker's tag or dash byline on its own
// and staff news's farewell are furniture (set 50 spent); sentences that
// report or ask stay. Every sentence is written for this test.
func TestFurnitureOfForwardsRemindersAndFarewells(t *testing.T) {
	for _, s := range []string{
		"Forwarding Sam’s figures as an attachment so the tables come through.",
		"I'm passing on the provider's reply as an attachment, as the formatting broke inline.",
		"We are really looking forward to seeing you on Thursday.",
		"Here is a taste of what we will share on the night.",
		"Order #5512093311 · 2 x Standard (Free)",
		"You need to be signed in to comment.",
		"Register or sign in.",
		"Ofsted will consider the council's action plan when it is received.",
		"The local authority should send this within 70 working days of receiving this report.",
		"For patients of Elm Road Surgery, Hillside Medical Centre and The Green Practice",
		"Parent, Northgate",
		"Volunteer caller",
		"Young person, aged 15",
		"– Dr Ana Ruiz, Clinical Lead",
		"Farewell and thank you to Nurse Pat Doyle, who retires after 28 years at the practice.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"We are looking forward to seeing waiting times fall by 20% next year.",
		"Parents told us that 62% had waited more than a year.",
		"For patients of the three practices, the median wait was 19 days.",
		"The local authority should review every placement within 20 working days of a child's move.",
		"Forwarding rules in the referral system lost 140 referrals last year.",
		"Young people said the service felt rushed.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: read as furniture", s)
		}
	}
}

// TestBylineAfterStop: a dash and a name closing a paragraph after a
// stop is a sentence of its own; a dash opening a clause is not.
func TestBylineAfterStop(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"This term we look at sleep, screens and school. – Dr Ana Ruiz, Clinical Lead", 2},
		{"Waits fell in the spring. – Most of the fall came in March, when 40 extra clinics ran.", 1},
	} {
		if got := len(Sentences(c.text)); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.want)
		}
	}
}
