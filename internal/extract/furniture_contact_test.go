package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// kindOfLine is the kind of the item holding line, set as a paragraph of
// its own between two findings, as a label line stands in a document; ""
// when no item holds it.
func kindOfLine(t *testing.T, publisher, line string) evidence.Kind {
	t.Helper()
	body := "Referrals to the service rose by 12% in a year, to 1,450.\n\n" + line + "\n\nWaiting times for a first appointment have not improved since the service was last reviewed by the board.\n"
	for _, it := range extract.Extract(parseBody(t, publisher, body)) {
		if strings.Contains(it.Text, line) {
			return it.Kind
		}
	}
	return ""
}

// TestContactsMetadataLogisticsAndPromos holds the furniture classes of the
// twelfth furniture round (contacts, a document's metadata lines, a
// meeting's pleasantries and logistics, job adverts, a colophon run into
// one sentence) and their near-misses, which stay evidence. Each sentence
// is written for this test.
func TestContactsMetadataLogisticsAndPromos(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind // "" when no item may hold the sentence
	}{
		// A sentence whose only job is to give a contact.
		{"more information contact", "For more information about this briefing, contact the policy team at policy@eastfold.example.org.uk.", ""},
		{"further details e-mail", "For further details please email children.commissioning@nhs.example.net.", ""},
		{"questions sent to", "Questions about this guidance can be sent to guidance@dept.example.gov.uk.", ""},
		{"queries directed to", "Any queries relating to the data tables should be directed to stats.team@example.gov.uk.", ""},
		{"you can contact on", "You can contact the school nursing duty desk on 01632 960 771, Monday to Friday.", ""},
		{"press office", "Press office: 020 7946 0512 (24 hours)", ""},
		{"general enquiries", "General enquiries: info@northfield.example.org.uk", ""},
		{"switchboard", "Switchboard: 01632 960 100", ""},
		{"families could contact stays", "Only 40% of families could contact the service by phone when they needed to.", evidence.Statistic},
		{"ask to publish contacts stays", "The ICB should publish contact details for every children's community service on its website.", evidence.Recommendation},
		{"more information without an address stays", "For more information about how families experienced the service, the panel spoke to 14 parents.", evidence.Statistic},
		{"parents could not contact stays", "Parents told us they could not contact anyone at the service during the school holidays.", evidence.Excerpt},
		{"if you have questions", "If you have any questions about this report, please contact research@eastfold.example.org.uk.", ""},
		{"to contact the team", "To contact the children's continuing care team, email cc.team@nhs.example.net or call 01632 960 882.", ""},
		{"contact us on", "Please contact us on 01632 960 450 if you need to change an appointment.", ""},
		{"available at", "This publication is available at www.gov.uk/eastfold-inspections.", ""},
		{"another format", "If you would like a copy of this document in a different format, such as large print, please telephone 0300 555 0199.", ""},
		{"subscribe", "Interested in our work? You can subscribe to our monthly newsletter for more information and updates.", ""},
		{"a finding about reaching the service stays", "To contact the service, most families said they had to ring three different numbers.", evidence.Statistic},
		{"a report published stays", "The report is available at a time when waits have never been longer for autistic children.", evidence.Excerpt},
		{"subscribers as a finding stay", "Parents who subscribe to the newsletter were twice as likely to know about the drop-in.", evidence.Statistic},
		{"questions families asked stay", "Questions about medication were the most common reason families rang the advice line.", evidence.Excerpt},

		// An inspection's or a report's metadata line.
		{"previous inspection", "Dates of previous inspection: 9 to 13 October 2023", ""},
		{"inspection dates", "Inspection dates: 2 June 2025 to 6 June 2025", ""},
		{"date of inspection", "Date of inspection: 14 January 2025", ""},
		{"lead inspector", "Lead inspector: Hannah Osei, His Majesty's Inspector", ""},
		{"publication date", "Publication date: 30 April 2025", ""},
		{"two run together", "Date of inspection: 14 January 2025 Publication date: 30 April 2025", ""},
		{"last inspection", "Last inspection: 17 to 21 May 2021", ""},
		{"what inspectors found stays", "Inspectors found that children waited too long for an assessment of their needs.", evidence.Excerpt},
		{"since the last inspection stays", "Since the previous inspection, waits for speech and language therapy have halved to 14 weeks.", evidence.Statistic},
		{"a label with a finding stays", "Lead inspector: the partnership has not acted on the last report's findings about waiting times.", evidence.Excerpt},

		// A meeting's logistics.
		{"next meeting line", "Next meeting: Tuesday 8 July, 10:00-11:30, Room 4, Brook House (Teams link in the invite)", ""},
		{"next network meeting", "Next network meeting: 3 September, 2pm, Committee Room B", ""},
		{"venue", "Venue: The Learning Hub, Level 1, Eastfold Community Hospital", ""},
		{"venue for", "Venue for the autumn workshop: St Anne's Centre, Mill Road", ""},
		{"dial-in", "Dial-in for anyone joining by phone: 020 3481 0099, conference ID 551 204#", ""},
		{"next meeting sentence", "The next meeting will be on 4 March at 2pm in the Board Room.", ""},
		{"a meeting's finding stays", "The next meeting of the panel will review why waits rose to 52 weeks.", evidence.Statistic},
		{"a room's finding stays", "Room for improvement remains in how quickly referrals are triaged by the single point of access.", evidence.Excerpt},
		{"venues as a finding stay", "Parents said the venue for clinics was too far from the bus route for families without a car.", evidence.Excerpt},

		// A meeting note's pleasantries.
		{"thanks for coming", "Thank you all for coming along to Tuesday's forum, and for a really useful discussion.", ""},
		{"thanks for joining", "Many thanks for joining the call yesterday.", ""},
		{"thanks to those who attended", "Thanks to everyone who attended the workshop on Friday.", ""},
		{"thanks for hosting", "Thanks again to Sam and the team for hosting us at the children's centre.", ""},
		{"notes below", "The notes and actions from the meeting are below.", ""},
		{"minutes attached", "The draft minutes of the April meeting are attached.", ""},
		{"please find attached", "Please find attached the slides from the session.", ""},
		{"missed anything", "Please let me know if I've missed anything or got anything wrong.", ""},
		{"needs correcting", "Let me know by Friday if anything needs correcting.", ""},
		{"notes late", "Apologies that these notes are reaching you later than promised.", ""},
		{"sorry the minutes", "Sorry these minutes have taken so long to come out.", ""},
		{"happy to go over", "Happy to go over any of this before then, and if you have any questions in the meantime, just give me a shout.", ""},
		{"give me a shout", "If you have any questions, just give me a shout.", ""},
		{"thanks for a meeting", "Thanks everyone for a really useful meeting on Thursday.", ""},
		{"let me know questions", "Please let me know if you have any other questions.", ""},
		{"thanks with a figure stays", "Thanks to the school nurses, 86% of Year 8 girls were offered the HPV vaccine.", evidence.Statistic},
		{"thanks with what was heard stays", "Thanks to the parents who came along, who told us the clinic letters arrive after appointments.", evidence.Excerpt},
		{"notes of an audit stay", "Notes of the case audit showed that no child had a named worker while waiting for assessment.", evidence.Excerpt},
		{"sorry in a finding stays", "Parents said staff were sorry that the service had no appointments left before the summer.", evidence.Excerpt},

		// Job adverts.
		{"we are recruiting", "We are recruiting health visitors and school nurses across the county.", ""},
		{"we're hiring", "We're currently hiring speech and language therapists in the south of the borough.", ""},
		{"join our team", "Join our team – we're looking for community nursery nurses to work in the north of the county.", ""},
		{"search vacancies", "Search our vacancies", ""},
		{"view current jobs", "View current jobs", ""},
		{"we have vacancies", "We have a number of vacancies for school nurses across the borough.", ""},
		{"find out more careers", "Find out more about working for us and our current vacancies", ""},
		{"vacancies with a but stay", "We have vacancies for health visitors in every locality, but few applicants have the specialist qualification.", evidence.Excerpt},
		{"recruited as a finding stays", "The trust recruited 42 health visitors in 2024, and the vacancy rate is now 9%.", evidence.Statistic},
		{"recruiting with a reason stays", "We are recruiting more school nurses because caseloads have grown since the pandemic.", evidence.Excerpt},
		{"recruiting with a figure stays", "We are recruiting 12 more mental health practitioners with £600,000 from the ICB.", evidence.Statistic},
		{"recruitment struggles stay", "Services told us they were struggling to recruit paediatric nurses in rural areas.", evidence.Excerpt},

		// A colophon run into one sentence.
		{"colophon", "Clarendon House Mill Lane Eastfold EF4 2QT T: 0300 555 0142 Textphone: 0161 555 0188 E: enquiries@inspect.example.gov.uk W: www.gov.uk/inspect-example © Crown copyright 2025", ""},
		{"tel and web", "Tel 020 7946 0300 | www.college.example.org.uk © 2025 Royal College of Community Child Health", ""},
		{"copyright with a finding stays", "Copyright rules meant 40% of schools could not share the leaflet, the survey found.", evidence.Statistic},
	}
	for _, c := range cases {
		got := kindOf(t, "Eastfold Council", c.in)
		if !strings.ContainsAny(c.in[len(c.in)-1:], ".!?") {
			// A line with no full stop stands as a block of its own.
			got = kindOfLine(t, "Eastfold Council", c.in)
		}
		if got != c.want {
			t.Errorf("%s: %q: got %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
