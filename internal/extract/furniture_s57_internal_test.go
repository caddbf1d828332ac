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

// TestFurnitureS57Notices: an event's day and hours, its booking line, a
// bulletin's masthead and a survey's fieldwork note are furniture (round
// 57); what an event or a survey found stays. Every sentence is written
// for this test.
func TestFurnitureS57Notices(t *testing.T) {
	for _, s := range []string{
		"Our summer fun day for families is on Saturday 5 July, 11am to 3pm, at Elm Park.",
		"The clinic's launch event is planned for Friday 9 May, from 2pm to 4pm.",
		"Speech and language offer: webinar for nurseries: Tuesday 3 June 2026, 4pm to 5pm, online",
		"Places are free but please book by 1 July.",
		"Tickets are free and you need to register on the website.",
		"Fenbridge Health Partnership\nPartner update | May 2026",
		"Partner update | Spring 2026",
		"The survey of schools was carried out online between 2 May and 20 June 2025.",
		"The family questionnaire was run through children's centres in June 2025; results are unweighted.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"At the open day on Saturday 5 July, 11am to 3pm, 40 families said they had waited over a year.",
		"The survey of 1,204 schools was carried out online and found 38% had no nurse.",
		"The survey was carried out after 60% of parents complained.",
		"Places are limited to 30 children a term.",
		"Health visitors should offer a session every Tuesday, 9am to 11am, at each hub.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
