package extract

import "testing"

// TestFurnitureOfParliamentaryAndBoardPapers: the classes set 25 showed (a parliamentary
// paper's imprint and formal minutes; a written question's header and
// footer; a board paper's cover sheet; a report's authors'-views
// disclaimer; a campaign page's petition counter; set 97's written
// answer's lines under it, a footer's strip of links and a quality
// account's signed accuracy statement), each beside a
// near-miss that is evidence. The rules are asked alone, without the
// learned model. Every sentence is written for this test.
func TestFurnitureOfParliamentaryAndBoardPapers(t *testing.T) {
	cases := []struct {
		name, in  string
		furniture bool
	}{
		{"ordered to be printed", "Ordered by the House of Lords to be printed 3 February 2026.", true},
		{"paper number", "HC 1087", true},
		{"by authority", "Published on 9 February 2026 by authority of the House of Lords.", true},
		{"members present", "Members present: Sarah Quill, in the Chair; Tom Bexley; Amira Joshi.", true},
		{"report motion", "Question put, That the Report be the Second Report of the Committee to the House.", true},
		{"draft read", "Draft Report (Young carers' health), proposed by the Chair, brought up and read.", true},
		{"paper number glued", "HC 907 Published on 2 March 2026 by authority of the House of Commons.", true},
		{"board meeting with sponsor", "Meeting of the Council's Health and Wellbeing Board held in public, 2 July 2026 – Item 5 Lead officer: Ann Ruiz, Director of Public Health", true},
		{"question for", "Question for Department for Education", true},
		{"asked by", "Asked by Olivia Trent (Green Party, Ashcombe South)", true},
		{"answered by", "Answered by Dr Neil Harker (Minister of State for Care)", true},
		{"answer correct", "The answer was correct at the time of publication.", true},
		{"statement attached", "Statement attached: HCWS233 (PDF, 88 KB).", true},
		{"parliament licence", "Contains Parliamentary information licensed under the Open Parliament Licence v3.0.", true},
		{"board meeting", "Meeting of the Trust Board held in public, 4 June 2026 – Agenda item 7", true},
		{"sponsor", "Executive sponsor: Mark Odell, Director of Strategy", true},
		{"classification", "Paper classification: Official", true},
		{"date of paper", "Date of paper: 20 May 2026", true},
		{"authors' views", "This briefing reflects the views of the authors and not necessarily those of the funder.", true},
		{"petition counter", "Already signed by 4,310 supporters.", true},
		// Near-misses.
		{"answer submitted", "This answer was submitted on 14 March 2026.", true},
		{"question grouped", "This question was grouped with the following question(s) for answer:", true},
		{"footer link strip", "Contact us | Accessibility statement | Cookie policy | Privacy notice", true},
		{"footer strip with a home link", "Home | About us | Jobs | Terms and conditions.", true},
		{"services listed with bars", "Health visiting | School nursing | Speech and language therapy", false},
		{"a finding among links", "Help for families: 40% waited over a year | Contact us | Privacy notice", false},
		{"accuracy statement", "To the best of my knowledge, the information in this chapter is accurate.", true},
		{"accuracy statement of a document", "To the best of our knowledge and belief the information contained in this document is accurate.", true},
		{"best of knowledge finding", "To the best of our knowledge, no other area has cut its waits for autism assessment by 40%.", false},
		{"answer welcomed", "This answer was welcomed by the 40 parent carer forums that had asked for it.", false},
		{"question raised", "This question was raised on 3 March 2026 by parents of 120 children still waiting.", false},
		{"ordered to pay", "The council was ordered by the court to pay £40,000 to the family.", false},
		{"asked by parents", "Asked by the survey, 62% of parents said they waited over a year.", false},
		{"members present findings", "Members of the committee heard that 31% of hospices had cut services.", false},
		{"board should", "The Board should ask for a report on waiting times every quarter.", false},
		{"views of children", "This report reflects the views of 240 children who use the service.", false},
		{"signed by doctors", "A letter signed by 300 paediatricians warned that waits had doubled.", false},
		{"answered by phone", "Only 41% of calls were answered by the helpline within five minutes.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, _, _ := furnitureSentence(c.in); got != c.furniture {
				t.Errorf("%q: furniture %v, want %v", c.in, got, c.furniture)
			}
		})
	}
}
