package extract

import "testing"

// TestFurnitureS57: a name-and-post line standing alone (a byline, a
// letter's copy list, a post's author header, a quotation's lead-in that
// only names its speaker), an abstract's numbered affiliations and a
// speaker's tag giving where the speaker lives are furniture (round 57);
// sentences that say something of the people named stay. Every sentence
// is written for this test.
func TestFurnitureS57(t *testing.T) {
	for _, s := range []string{
		"Dr Amy Lowe, Director of Nursing, Fenbridge Community Trust",
		"Councillor Tom Reed, Cabinet Member for Adult and Children's Health",
		"Cllr Tom Reed (Cabinet Member for Health, Fenbridge Council)",
		"Ravi Mehta, specialist speech and language therapist, Northmoor Children's Services",
		"Dr Amy Lowe, Chief Executive, NHS Fenbridge and Hale Integrated Care Board Sam Ortiz, Designated Clinical Officer, Fenbridge Council",
		"Dr Amy Lowe (Consultant Paediatrician, Fenbridge Hospital)\nAnnouncement - 4 days ago",
		"Dr Amy Lowe, the trust's Director of Nursing, said:",
		"1 Fenbridge Community NHS Trust; 2 University of Fenbridge, School of Nursing",
		"– Parent, East Midlands",
		"— Young carer, North Yorkshire",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Dr Amy Lowe, Director of Nursing, said the service had lost 12 nurses.",
		"Amy Lowe, who chairs the board, said waits were too long.",
		"Mental Health, Wellbeing, Fenbridge",
		"Dr Amy Lowe, Director of Nursing, has written to every school.",
		"Tom Reed, Cabinet Member, will report to the committee in March",
		"1 in 4 children waited more than a year; 2 in 5 waited six months",
		"– Parent, West Midlands and Wales said waits are worse",
		"Parents in East Midlands waited longest.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
