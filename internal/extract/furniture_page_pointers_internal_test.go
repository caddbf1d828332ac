package extract

import "testing"

// TestFurnitureOfPagePointersAndWritersNotes: what a writer says about the page, the post or
// the mail itself (set 33): a pointer to a table that states nothing, a
// note that shares do not sum to 100, a personal blog's disclaimer, an
// invitation to comment, an apology for writing late, thanks for joining
// a call, "my notes are below", a promise to publish replies. Sentences
// with findings in the same words are not.
func TestFurnitureOfPagePointersAndWritersNotes(t *testing.T) {
	for _, s := range []string{
		"Table 3 shows how answers varied by school year.",
		"Figure 2 sets out where the clinics are.",
		"Percentages may not add up to 100 because respondents could choose more than one answer.",
		"Figures do not sum to 100 due to rounding.",
		"This blog is written in a personal capacity.",
		"Names and details have been changed to protect families.",
		"Nothing on this blog is medical advice.",
		"Comments are open below.",
		"If you run a clinic like ours, I would love to hear what works for you.",
		"Sorry this is a couple of days later than I said: three sick children at home slowed me down.",
		"Apologies that this is a week later than promised.",
		"Thank you for joining Thursday's call on the school nursing review.",
		"Thanks all for attending the partnership workshop on transition.",
		"My notes and the actions we agreed are below.",
		"Our summary and next steps are set out below.",
		"We will publish their replies on our website.",
		"What we would like the panel to support:",
		"What I'd like the committee to consider:",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Table 3 shows that 41% of pupils in Year 10 had waited more than a year.",
		"Only 3 in 10 families said the clinic was easy to reach.",
		"Parents told us that details of their child's care had been changed without warning.",
		"Nothing in the plan says how the service will be funded after March.",
		"If you work in a school, the team can give advice on referrals.",
		"Sorry was the word parents used most often when staff explained the delays.",
		"Families thanked the trust for joining the two clinics on one site.",
		"The actions we agreed with the trust are below the national standard for 18 weeks.",
		"We will publish waiting times for every service each quarter.",
		"What we would like the board to support is a loan scheme for every child waiting.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q taken for furniture", s)
		}
	}
}
