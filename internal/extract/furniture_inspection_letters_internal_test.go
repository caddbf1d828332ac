package extract

import "testing"

// TestFurnitureOfInspectionLetters: the classes set 24 showed (an inspection
// letter's housekeeping: the letter introducing itself, who inspected,
// under which framework, what the inspectorate will do with the findings,
// where the letter will be published, its copy list and the addressee's
// address block; a release's line sending journalists to the press
// office; a mail naming who will attend a meeting to take questions; a
// subtitle naming a paper's kind and readers), each beside a near-miss
// that is evidence. The rules are asked alone, without the learned model.
// Every sentence is written for this test.
func TestFurnitureOfInspectionLetters(t *testing.T) {
	cases := []struct {
		name, in  string
		furniture bool
	}{
		{"letter introduces itself", "This letter sets out the findings of the monitoring visit to Brindle children's services on 4 and 5 June 2025.", true},
		{"letter summarises", "This letter summarises what inspectors found when they visited the service in March.", true},
		{"inspectors were", "The inspectors for this visit were Hannah Osei and Mark Bell.", true},
		{"inspector was", "His Majesty's Inspector on this monitoring visit was Claire Ngata.", true},
		{"carried out under", "The visit was carried out under the framework for inspecting local authority children's services.", true},
		{"conducted in line with", "This monitoring visit was conducted in line with the joint targeted area inspection guidance.", true},
		{"take into account", "The inspectorate will take the findings of this visit into account at the next full inspection.", true},
		{"will be published", "This letter will be published on our website.", true},
		{"copy list", "cc: Director of Public Health, Brindle County Council; Chief Nurse, Brindle ICB", true},
		{"copy to", "Copy to: Lead Member for Children, Brindle County Council", true},
		{"address block", "Ms Alison Fairweather\nDirector of Children's Services\nBrindle County Council\nCounty Hall, Market Street\nBrindle BR4 9QX", true},
		{"journalists contact", "Journalists should contact the media team on 020 7946 0311.", true},
		{"media call", "Members of the media can call the press office on 0113 496 0222 at any time.", true},
		{"will attend to take questions", "Dr Priya Shah, our clinical director for children's services, will attend on 12 May and can answer questions on the plan.", true},
		{"strapline", "Asthma and damp homes in England: a briefing for councillors and health leaders", true},
		// Near-misses.
		{"letter asks", "This letter asks the council to publish its waiting times every month.", false},
		{"inspectors found", "The inspectors found that 12 of 30 children had no dental check.", false},
		{"inspectors for this visit saw", "Inspectors on this visit saw that plans for care leavers are now written with them.", false},
		{"carried out after", "The review was carried out after 14 families complained about delays.", false},
		{"will take account", "Inspectors will take account of whether children's views shape their plans.", false},
		{"journalists guidance", "Journalists should be given clear guidance on reporting suicide among young people.", false},
		{"attend to explain a figure", "The chief executive will attend on 3 June to explain why 20% of plans are late.", false},
		{"address in a finding", "Families had to travel to the clinic at County Hall, Brindle BR4 9QX, which is two buses away.", false},
		{"title with a finding", "Asthma in England: one child in ten now has a diagnosis", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, _, _ := furnitureSentence(c.in); got != c.furniture {
				t.Errorf("%q: furniture %v, want %v", c.in, got, c.furniture)
			}
		})
	}
}
