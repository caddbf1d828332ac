package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestWorkNumbersAreNoFigures holds the not-figures of the nffurn round,
// each in sentences written for this test: a method's counts of documents
// read and groups held, the span of the work itself, and the make-up a
// group is asked or planned to have; with the near-misses that stay
// figures (what the method found, a sample, a wait, a group as it is).
func TestWorkNumbersAreNoFigures(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string // figure texts, in order (a count before a noun of two
		// words or more is its digits alone)
	}{
		// A method's counts.
		{"documents read", "The panel read 34 local documents, including school policies, before drafting the plan.", nil},
		{"groups held", "We held five focus groups and ran three workshops with health visitors in the autumn.", nil},
		{"documents listed", "The team looked at 12 local strategies and 7 joint strategic needs assessments.", nil},
		{"engagement events", "Officers hosted four stakeholder events across the county.", nil},
		{"finding over the documents stays", "Only 5 of the 34 documents named a lead for children's oral health.", []string{"Only 5", "34 documents"}},
		{"a share of what was reviewed stays", "We reviewed 40 school policies and 30% had no plan for pupils with asthma.", []string{"40", "30%"}},
		{"a sample's groups stay", "We surveyed 250 parents and held six focus groups with 38 children.", []string{"250 parents", "six focus groups", "38 children"}},
		{"sessions for families stay", "The hub ran 48 parenting sessions for families in 2024.", []string{"48"}},
		{"case notes audited stay", "The audit team reviewed 120 case notes from the ward.", []string{"120"}},
		// The span of the work.
		{"has been working for", "The partnership has been working on a shared referral form for over a year.", nil},
		{"has met for", "The steering group has met monthly for more than two years.", nil},
		{"spent over a year", "We spent over a year talking to families in every ward.", nil},
		{"a span of conversations", "Over a year of conversations with young people shaped the new service.", nil},
		{"a wait stays", "Some families have waited over a year for a first appointment.", []string{"over a year"}},
		{"been waiting stays", "Children have been waiting for more than two years for an assessment.", []string{"more than two years"}},
		// A make-up asked for or planned.
		{"should include", "Every locality panel should include at least two young people and one parent carer.", nil},
		{"to invite", "We are asking the colleges to invite three students onto each wellbeing group.", nil},
		{"to nominate", "Could I ask the trust to nominate two nurses for the steering group?", nil},
		{"make sure each has", "The ICB should make sure every neighbourhood team includes at least two school nurses.", nil},
		{"a team as it is stays", "The service includes 5 psychologists and 3 family therapists.", []string{"5 psychologists", "3"}},
		{"grown to include stays", "The team has expanded to include 9 new health visitors.", []string{"9"}},
		{"a group that included stays", "Last year the panel included 6 young people.", []string{"6"}},
	}
	for _, c := range cases {
		var got []string
		for _, f := range extract.Figures(c.in) {
			got = append(got, f.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: Figures(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

// TestFurnitureOfBoardPapersAndWebPages holds the furniture of board papers, web pages
// and reports of the nffurn round, each in sentences written for this
// test, with the near-misses that stay evidence.
func TestFurnitureOfBoardPapersAndWebPages(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind // "" when no item may hold the sentence
	}{
		{"executive sponsor", "Executive sponsor: Dr Amira Shah, Director of Strategy and Partnerships for the integrated care board", ""},
		{"sponsor and author run together", "Executive sponsor: Dr Amira Shah, Director of Strategy Report author: Lewis Grant, Senior Manager for Children's Services", ""},
		{"report author", "Report author: Lewis Grant, Senior Manager, Children's Community Services, Eastfold Healthcare", ""},
		{"document control", "Document control: version 2.3, last amended 14 October 2025 by the children's commissioning team", ""},
		{"foi notice", "Freedom of information: this paper may be published on the board's website and disclosed on request.", ""},
		{"privacy notice", "Privacy notice: the council uses the personal data of families in line with data protection law.", ""},
		{"privacy notice explains", "Our privacy notice explains how we store the answers that parents gave to the survey.", ""},
		{"other formats", "This report is also available in Easy Read, large print and other languages on request.", ""},
		{"if you need another format", "If you need this leaflet in another format, such as Braille or audio, please ask the clinic staff.", ""},
		{"thanks to who", "Thanks to the health visitors and parents who gave their time to this review of the service.", ""},
		{"thanks to for", "Thanks to the Marsh Foundation for supporting the youth panel's work this year.", ""},
		{"as promised", "As promised at the network meeting, here is a summary of what the working group has agreed so far.", ""},
		{"asked to note", "The Committee is asked to note the contents of this report.", ""},
		{"foi requests are a finding", "Freedom of information requests show that nine of the twelve councils cut their school nursing budgets.", evidence.Statistic},
		{"privacy as a finding", "Young people told us that privacy in the waiting room mattered more to them than the length of the wait.", evidence.Excerpt},
		{"formats as a finding", "Only a few of the trusts we checked offered their appointment letters in easy read formats for families.", evidence.Excerpt},
		{"thanks to a change stays", "Thanks to the new drop-in clinic, the team now sees young people who would never have booked an appointment.", evidence.Excerpt},
		{"asked to note a risk stays an excerpt", "The Committee is asked to note the risk that waits for autism assessments will grow again over the winter.", evidence.Excerpt},
	}
	for _, c := range cases {
		if got := kindOfLine(t, "P", c.in); got != c.want {
			t.Errorf("%s: %q is in an item of kind %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

// TestContactCellAndMeetingLine: a front sheet's contact cell of names,
// roles and an address, and a paper's running line naming its meeting,
// are furniture; a sentence giving an address in a finding stays.
func TestContactCellAndMeetingLine(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind
	}{
		{"contact cell", "Lewis Grant, Senior Manager, Children's Services Lewis Grant, lewis.grant@nhs.example.net", ""},
		{"meeting line", "Health and Wellbeing Board, 12 November 2025 – Children's oral health", ""},
		{"an address in a finding stays", "Parents who wrote to complaints@trust.example.net were told that their child would have to wait another six months for a review.", evidence.Statistic},
	}
	for _, c := range cases {
		if got := kindOfLine(t, "P", c.in); got != c.want {
			t.Errorf("%s: %q is in an item of kind %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

// TestFrontSheetRows: a two-cell row of a paper's front sheet is no
// statistic; a two-cell row of data is.
func TestFrontSheetRows(t *testing.T) {
	body := "| Meeting | Children's Partnership Board |\n|---|---|\n| Agenda item | 7 |\n| Version | 1.2 |\n\n## Waits\n\n| Service | Children waiting |\n|---|---|\n| Speech and language therapy | 412 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Statistic {
			got = append(got, strings.TrimSpace(it.Text))
		}
	}
	if want := []string{"| Speech and language therapy | 412 |"}; !slices.Equal(got, want) {
		t.Errorf("statistics %q, want %q", got, want)
	}
}

// TestAskBodyInAQuestion: "Could I ask the ICB to ...?" asks the body,
// and a provider that is a company is asked as Other; a question asking
// the reader to send something is no ask.
func TestAskBodyInAQuestion(t *testing.T) {
	body := "Could I ask the council to fund a youth worker for the clinic?\n\nCould we ask the trust to confirm the date of the next meeting?\n\nThe trust and the company should publish one waiting list for therapies.\n"
	got := recSummaries(extract.Extract(parseBody(t, "P", body)), true)
	want := []string{"|Could I ask the council to fund a youth worker for the clinic?|Local authorities", "|The trust and the company should publish one waiting list for therapies.|Trusts,Other"}
	if !slices.Equal(got, want) {
		t.Errorf("recommendations %q, want %q", got, want)
	}
}
