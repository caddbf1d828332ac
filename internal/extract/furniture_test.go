package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// kindOf is the kind of the item holding sentence in, extracted from a
// paragraph that puts a finding before it, or "" when no item holds it.
func kindOf(t *testing.T, publisher, sentence string) evidence.Kind {
	t.Helper()
	body := "Referrals to the service rose by 12% in a year, to 1,450. " + sentence + " Waiting times for a first appointment have not improved since the service was last reviewed by the board.\n"
	for _, it := range extract.Extract(parseBody(t, publisher, body)) {
		if strings.Contains(it.Text, sentence) {
			return it.Kind
		}
	}
	return ""
}

// TestFurnitureSentences holds sentences that are no evidence though they
// stand in a paragraph of the text (a writer's asides, helplines, the
// furniture of a study), and their near-misses, which are evidence. Each
// sentence is written for this test.
func TestFurnitureSentences(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind // "" when no item may hold the sentence
	}{
		// E-mail asides.
		{"length", "Apologies for the length of this, but I wanted you to have it all.", ""},
		{"delay", "Sorry for the delay in replying – it has been a busy fortnight.", ""},
		{"delay again", "My apologies again for the slow reply.", ""},
		{"in the office", "I'm in the office on Mondays and Fridays if you want to talk it through.", ""},
		{"off until", "I'm off from Wednesday until the 21st, so Gita will pick up anything urgent.", ""},
		{"on leave", "I am on annual leave next week.", ""},
		{"happy to chat", "Happy to chat if easier.", ""},
		{"happy to talk", "I'd be happy to talk this through before the board on Thursday.", ""},
		{"a parent's words stay", "I'm in the office all day worrying about whether school will call again.", evidence.Excerpt},
		{"a quote about school stays", "Parents said they were sorry that the service had closed its drop-in sessions in the town.", evidence.Excerpt},
		{"happy with care stays", "Families were happy to travel further if it meant a shorter wait for assessment.", evidence.Excerpt},
		{"a parent off work stays", "“I'm off work until March because of all his appointments,” his mother said.", evidence.Excerpt},

		// Helplines.
		{"affected", "If you have been affected by any of the issues in this article, you can call Samaritans free on 116 123.", ""},
		{"free on", "Childline is free on 0800 1111 for anyone under 19.", ""},
		{"for support", "For support, visit the Hopeline website or text 07786 209697.", ""},
		{"available via", "Help and support is available via the Action Line.", ""},
		{"calls counted", "Childline received 12,400 calls about self-harm from young people last year.", evidence.Statistic},
		{"helpline rose", "Calls to the helpline from under-18s rose by 35% last year.", evidence.Statistic},
		{"a number families called stays", "Families told us they had to call 0300 123 4567 again and again before anyone answered.", evidence.Excerpt},
		{"support a service offers stays", "Support is available from the school nurse only on Tuesday mornings during term time.", evidence.Excerpt},

		// A study's furniture.
		{"definition", "In this report, ‘young people’ means those aged 16 to 25.", ""},
		{"definition with a span", "In this report, 'care leavers' means young people who were looked after for at least 13 weeks.", ""},
		{"we use", "In this study we use 'disabled children' to mean children with an EHC plan or on SEN support.", ""},
		{"thanks", "We are grateful to the families who took part.", ""},
		{"we would like to thank", "We would like to thank the young people, parents and staff who gave their time.", ""},
		{"thanks with what was said", "We are grateful to the youth panel members who spoke to us about managing asthma at school.", evidence.Excerpt},
		{"thanks to, because of", "Thanks to the new funding, the service has been able to open on Saturdays for families who work.", evidence.Excerpt},
		{"ethics", "Ethical approval was granted by the Northfield University Research Ethics Committee (ref 24/NW/0123).", ""},
		{"approved by ethics", "The study was approved by the university's research ethics committee in May 2023.", ""},
		{"study funded", "This study was funded by the Northfield Health Research Foundation.", ""},
		{"produced with funding", "This profile was produced with funding from the Health and Wellbeing Board.", ""},
		{"funder's role", "The funder had no role in the design of the study or the writing of this report.", ""},
		{"service funded by a sum", "The named nurse post was funded by £2m from NHS England across the region's pilot sites.", evidence.Statistic},
		{"programme funded", "The programme was funded by the National Lottery Community Fund and reached families in every ward of the borough.", evidence.Excerpt},
		{"interests", "Conflicts of interest: none declared.", ""},
		{"declaration", "Declaration of interests: one author is a trustee of the charity that runs the programme.", ""},
		{"declared by name", "Dr Osei has no conflicts of interest to declare.", ""},
		{"registration", "Audit registration number: CA-2024-0387.", ""},
		{"no interest is a finding", "Most of the young people reported no interest in online counselling from the new provider.", evidence.Excerpt},
		{"accurate on is a finding", "Information on the local offer website is accurate for only a few of the services we checked.", evidence.Excerpt},
		{"work funded", "This work is funded by the council's public health grant and reached 1,200 families last year.", evidence.Statistic},
		{"prepared by, then a clause", "Prepared by the council, the plan commits every school to name a mental health lead by September.", evidence.Excerpt},
		{"no interests", "The authors have no competing interests to declare.", ""},
		{"data correct", "Data correct at 31 March 2025.", ""},
		{"data provisional", "The data in this report are provisional and may change.", ""},
		{"authors", "Authors: A. Patel, J. Smith and R. Okonkwo.", ""},
		{"written by", "Written by Dr Farah Qureshi with Mark Ellison.", ""},
		{"written by children", "Written by young people themselves, the charter sets out what good support in school looks like.", evidence.Excerpt},
		{"copyright", "Copyright © 2025 Northfield University.", ""},
		{"licence", "You may re-use this text under the Open Government Licence.", ""},
		{"approved on", "Approved by the Children's Quality Group on 24 June 2025.", ""},
		{"address", "Northfield CVS, The Old Library, 12 Bridge Street, Northfield NF2 6JD.", ""},

		// A mail's thanks and invitations, a print imprint.
		{"thanks for the mail", "Thanks for your email of 4 February, and for letting me know what the forum wants to cover.", ""},
		{"thank you for the message", "Thank you so much for your message and for the papers from the meeting.", ""},
		{"thanks for getting back", "Thanks for getting back to me so quickly on the forum's questions about the new pathway.", ""},
		{"thanks for sending this", "Many thanks for sending this over before the meeting on Thursday afternoon.", ""},
		{"thanks for the time, then an ask", "Thanks for your time on Monday, but the ICB should fund the post.", evidence.Recommendation},
		{"thanks to the service stays", "Thanks to the new triage line, families were seen sooner than before in every locality.", evidence.Excerpt},
		{"an invite sent", "I've sent you an invite for Tuesday 25 February, 2pm to 3.30pm, on Teams.", ""},
		{"a calendar invite", "We'll send a calendar invite to everyone on the steering group next week.", ""},
		{"forward it on", "Do forward it to anyone else from the forum who would like to come.", ""},
		{"invites counted stay", "We sent invitations to 412 families and 96 came to the sessions in March.", evidence.Statistic},
		{"printed on paper", "Printed on 100% recycled paper.", ""},
		{"designed by", "Designed by Fieldwork Studio.", ""},
		{"designed by young people stays", "Designed by young people, the app has been downloaded 4,000 times in the borough.", evidence.Statistic},
	}
	for _, c := range cases {
		if got := kindOf(t, "P", c.in); got != c.want {
			t.Errorf("%s: %q is in an item of kind %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

// TestCitationTakesTheRestOfItsBlock: a suggested citation's title and
// publisher, which follow its year as sentences of their own, are the
// citation too; the block after it is read again.
func TestCitationTakesTheRestOfItsBlock(t *testing.T) {
	body := "Suggested citation: Patel A, Smith J (2025). Leaving care, staying well? The health of care leavers in three local authorities. Northfield: Northfield Institute for Social Care Research.\n\nAlmost half of the care leavers (47%) had a diagnosed mental health condition.\n"
	items := extract.Extract(parseBody(t, "P", body))
	if len(items) != 1 || items[0].Kind != evidence.Statistic {
		t.Fatalf("got %d items, want the one statistic: %v", len(items), items)
	}
}

// TestFurnitureAroundFindingsKeepsThem: the finding before and after an
// aside in one paragraph stay whole, and no excerpt runs across it.
func TestFurnitureAroundFindingsKeepsThem(t *testing.T) {
	body := "The median wait was 31 weeks. I'm off from Friday until the 14th, so please ask Sunita if anything needs checking. Nurses told us in the staff survey that this leaves little time for the drop-ins young people value.\n"
	var kinds []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if strings.Contains(it.Text, "Sunita") {
			t.Errorf("the aside is in an item: %q", it.Text)
		}
		kinds = append(kinds, string(it.Kind))
	}
	if strings.Join(kinds, ",") != "statistic,excerpt" {
		t.Errorf("items %v, want statistic,excerpt", kinds)
	}
}

// TestTheServiceOfThePublisher: "The service should" and a named clinic
// ask the trust that publishes the audit.
func TestTheServiceOfThePublisher(t *testing.T) {
	for _, in := range []string{
		"The service should offer eye screening at the same visit as the annual review.",
		"The transition clinic should book young people into evening appointments.",
	} {
		var got []string
		for _, it := range extract.Extract(parseBody(t, "Eastvale Hospitals NHS Trust", in+"\n")) {
			if it.Kind != evidence.Recommendation {
				continue
			}
			for _, a := range it.Actors {
				got = append(got, string(a))
			}
		}
		if strings.Join(got, ",") != "Trusts" {
			t.Errorf("%q: actors %v, want Trusts", in, got)
		}
	}
}

// TestFurnitureGivesWayToFindings: a sentence that opens like furniture but
// holds a finding after what the furniture class matched, or reads as an
// ask, stays evidence (a review found each of these dropped). Each
// sentence is written for this test.
func TestFurnitureGivesWayToFindings(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     evidence.Kind
	}{
		{"an ask about a licence", "Councils should publish their waiting-list data under the Open Government Licence.", evidence.Recommendation},
		{"an ask about creative commons", "The ICB should release its dashboards under a Creative Commons licence.", evidence.Recommendation},
		{"data correct at, then a figure", "Data correct at 31 March 2025 show 1,204 children waiting.", evidence.Statistic},
		{"compiled by, then a figure", "Compiled by Healthwatch Kent, responses show 40 parents waited over a year.", evidence.Statistic},
		{"copyright, then a figure", "Copyright rules stop schools sharing 3 in 5 care plans.", evidence.Statistic},
		{"young, not you", "Young carers can ring the line on 0800 1111 but most said nobody answered.", evidence.Excerpt},
		{"a contact line", "Contact: Network Manager, Kelbrook and Ormside Children’s Health Network.", ""},
		{"a contact line, then a finding", "Contact: the helpline took 2,300 calls from parents in 2024.", evidence.Statistic},
		// The classes still hold their own.
		{"data correct at alone", "Data correct at 31 March 2025.", ""},
		{"a licence line", "You may re-use this text under the Open Government Licence.", ""},
	} {
		if got := kindOf(t, "Kent County Council", c.in); got != c.want {
			t.Errorf("%s: %q is in an item of kind %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
