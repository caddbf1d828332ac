package extract

import "testing"

// TestAuthorBiosAreFurniture: a writer's bio under a briefing or a news
// story (a post with no article, with the publication's name, with what
// the writer works on or did before, and a reporter's beat) is
// furniture; a sentence naming a post beside a finding, or a body named
// like a person, stays.
func TestAuthorBiosAreFurniture(t *testing.T) {
	for _, s := range []string{
		"Dr Sam Okoro is head of policy at the Northfold Children's Policy Centre and previously led the children's team at a regional think tank for 12 years.",
		"Priya Lal is a senior researcher at the centre, where she works on children's health and the NHS.",
		"Megan Ashdown is the Advertiser's health reporter.",
		"Tom Reid is director of research at the Kelbrook Institute.",
		"She has covered the Vale's hospitals and GP surgeries since 2019.",
		"He has reported on children's health for the Chronicle for ten years.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Dr Sam Okoro is head of policy at the centre, which has trained 400 school staff since 2023.",
		"Priya Lal is a senior researcher at the centre and previously found that 38% of parents waited over a year.",
		"Harlow Fen Council is the lead commissioner for school nursing in the county.",
		"She has covered the cost of her son's therapy herself since 2024, spending £3,000.",
		"Megan Ashdown is the only school nurse for 4,600 pupils.",
		"She has covered the cost of her son's therapy herself since 2024.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q taken for furniture", s)
		}
	}
}
