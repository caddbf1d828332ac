package extract

import "testing"

// TestNamePostLinesAndAffiliationsAreFurniture: a name-and-post line standing alone (a byline, a
// letter's copy list, a post's author header), an abstract's numbered
// affiliations and a speaker's tag giving where the speaker lives are
// furniture (round 57); sentences that say something of the people named
// stay. A quotation's lead-in is no item: the quotation under it is, and
// names its speaker. Every sentence is written for this test.
func TestNamePostLinesAndAffiliationsAreFurniture(t *testing.T) {
	for _, s := range []string{
		"Dr Amy Lowe, Director of Nursing, Fenbridge Community Trust",
		"Councillor Tom Reed, Cabinet Member for Adult and Children's Health",
		"Cllr Tom Reed (Cabinet Member for Health, Fenbridge Council)",
		"Ravi Mehta, specialist speech and language therapist, Northmoor Children's Services",
		"Dr Amy Lowe, Chief Executive, NHS Fenbridge and Hale Integrated Care Board Sam Ortiz, Designated Clinical Officer, Fenbridge Council",
		"Dr Amy Lowe (Consultant Paediatrician, Fenbridge Hospital)\nAnnouncement - 4 days ago",
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
	assertSpeakerOnQuote(t, "Dr Amy Lowe, the trust's Director of Nursing, said:", "Dr Amy Lowe, the trust's Director of Nursing")
}

// TestFurnitureOfEventNoticesAndFieldworkNotes: an event's day and hours, its booking line, a
// bulletin's masthead and a survey's fieldwork note are furniture (round
// 57); what an event or a survey found stays. Every sentence is written
// for this test.
func TestFurnitureOfEventNoticesAndFieldworkNotes(t *testing.T) {
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

// TestFurnitureOfCitingFootnotesPointersAndDebateLabels: a footnote that only cites its source, a form
// service's summary lines, a pointer to another page, an update note on
// links, a committee's lead-in to its list, a Hansard speaker's label and
// a debate's resolution are furniture (round 57); findings in the same
// shapes stay. Every sentence is written for this test.
func TestFurnitureOfCitingFootnotesPointersAndDebateLabels(t *testing.T) {
	for _, s := range []string{
		"[2] Office for National Statistics, the same release, table 4; earlier years from past editions.",
		"[1] Department of Health, School nursing workforce, England: March 2025.",
		"Response summary for 1 Mar 2026 - 7 Mar 2026",
		"To stop them, open the form, click Settings, then turn off email summaries.",
		"Formsite: create your own form at forms.example.com",
		"Example Inc, 500 Market Street, San Jose, CA 95113, USA",
		"Earlier changes are listed on the History page.",
		"March 2026: We corrected a broken link in recommendation 2.1.4 and clarified 2.2.1.",
		"The committee has made the following recommendations for research.",
		"The Minister for Care and Mental Health (Sam Lee)",
		"The Parliamentary Under-Secretary of State for Education (Sam Lee)",
		"Resolved, That this House has considered school nursing.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"[4] Of 120 families, 38 waited more than a year.",
		"[3] Health visitors, the report found, are leaving faster than they join.",
		"A summary of responses for 2025 shows 62% of parents were unhappy with waits.",
		"Waiting times are listed on the trust's website and rose by 12% this year.",
		"We corrected the data after 40 referrals were counted twice.",
		"The committee made the following finding: 1 in 5 children waited over a year.",
		"The Minister for Care (Sam Lee) said waits would fall.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}

// TestFurnitureOfRAGKeysProvisionalNotesAndHearings: a RAG key, a publication-scheme note, a chart's
// description label, a provisional-figures note, a reply-slip pointer and
// a chair's management of a hearing are furniture (round 57); findings in
// the same words stay. Every sentence is written for this test.
func TestFurnitureOfRAGKeysProvisionalNotesAndHearings(t *testing.T) {
	for _, s := range []string{
		"RAG: green, on target; amber, within 2 percentage points; red, otherwise.",
		"This paper is published in line with the trust's Publication Scheme under the Freedom of Information Act 2000.",
		"Chart description: a bar chart showing referrals by month",
		"Figures for May to July 2025 are provisional and will be revised.",
		"There is a reply slip at the end of this letter.",
		"We have five minutes left, so brief answers, please.",
		"Chair: Before we move on, I want to bring Dr Amy Lowe in, because the trust runs the service.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Key: 40% of schools had no nurse, red on every measure.",
		"Figures for May show 1,204 children waiting, up 12%.",
		"There is a waiting list of 400 children for the service.",
		"We have 12 minutes to see each child, so parents get brief answers.",
		"Trusts should bring school nurses in to every review.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
