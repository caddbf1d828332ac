package extract

import (
	"strings"
	"testing"
)

// TestFurnitureOfOffersAnnouncementsAndSignposts: round 21's classes (an offer to host or to
// bring something, a line announcing the points that follow, thanks to
// those that took part, a report introducing itself, a pointer to an
// appendix, a request that readers send the writer material, a signpost after "you can call", a place to
// find a service at a web address), each beside a near-miss that is
// evidence. The rules are asked alone: the learned model, which has its
// own say on a sentence without a figure, is left out. Every sentence is
// written for this test.
func TestFurnitureOfOffersAnnouncementsAndSignposts(t *testing.T) {
	cases := []struct {
		name, in  string
		furniture bool
	}{
		{"offer to host", "Happy to host a visit to the clinic whenever suits - just ask Joan on reception (0161 496 0732, ext. 31).", true},
		{"offer to bring", "Happy to bring the full rota analysis to Tuesday's group.", true},
		{"offer to show", "We'd be glad to show anyone from the board round the new unit.", true},
		{"points before a meeting", "A few points from the school nursing side ahead of Monday's call.", true},
		{"thoughts below", "Some quick thoughts from our parent reps below.", true},
		{"report introduces itself", "This is my third annual report as Director of Public Health for Marlbury.", true},
		{"our first report", "This is our first annual report.", true},
		{"appendix pointer", "Progress against the actions from last year is set out in Appendix B.", true},
		{"annex pointer", "The full list of services we visited is given in Annex 2.", true},
		{"send me examples", "Could everyone send me examples of children discharged without a plan by Friday?", true},
		{"send us comments", "Can you all send us your comments on the draft before the 20th?", true},
		{"signpost you can call", "If you are concerned about a teenager, you can ring NHS 111 and ask for the crisis line, or text TALK to 80088.", true},
		{"find a group at", "Carers can find their local young carers' group at marlbury.gov.uk/youngcarers or by calling 0161 496 0880.", true},
		{"thanks to those that", "Thanks to the pupils and staff of the academies that answered our questions.", true},
		// Near-misses.
		{"thanks to funding that", "Thanks to the grant that arrived in April, 300 more children were seen.", false},
		{"happy to fund", "The council was happy to fund 40% of the new posts in 2024.", false},
		{"happy with", "Parents were happy to bring their children to the hub, but 30% could not get there by bus.", false},
		{"some points fell", "Some points of access closed in 2024, and 30% of families now travel further.", false},
		{"points made", "Some points from the survey stand out: families want one named worker.", false},
		{"this is the first report to show", "This is the first report to show that 41% of care leavers have no GP.", false},
		{"this is a report on waits", "This is our annual report on waits, which rose again this year.", false},
		{"appendix with a finding", "Waits rose by 18% in the year, as set out in Appendix B.", false},
		{"could the ICB send", "Could the ICB please send us its waiting list data every month?", false},
		{"families found", "Families found that 1 in 3 hubs had no health visitor on the day.", false},
		{"you can call but", "If you are worried about a friend, you can call the crisis line, but families told us nobody answered.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, _, _ := furnitureSentence(c.in); got != c.furniture {
				t.Errorf("%q: furniture %v, want %v", c.in, got, c.furniture)
			}
		})
	}
}

// TestDaySpansAndWelcomedGroupsAreNoFigures: a span of days in a month and the make-up of a group
// a writer would welcome are no figures; a span of weeks and what a hub
// welcomes are. Every sentence is written for this test.
func TestDaySpansAndWelcomedGroupsAreNoFigures(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"In our poll of 1,050 parents, run by Kestrel Research from 3 to 10 March 2025, 31% said they had waited.", []string{"1,050 parents", "31%"}},
		{"Fieldwork ran 4-18 June 2024 with 800 parents.", []string{"800 parents"}},
		{"The forum met from the 2nd until the 9th of May and heard from 120 families.", []string{"120 families"}},
		{"We would welcome two parent representatives on the hub's steering group.", nil},
		// Near-misses.
		{"Waits fell from 3 to 10 weeks.", []string{"3", "10 weeks"}},
		{"The hub welcomes 40 families a week.", []string{"40 families"}},
	}
	for _, c := range cases {
		var got []string
		for _, f := range Figures(c.in) {
			got = append(got, f.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: figures %q, want %q", c.in, got, c.want)
		}
	}
}

// TestDatedListingLinesAreAListing: an event's title, day and booking line set out on
// lines of their own are a listing; a finding or a sentence wrapped over
// such lines is not. Written for this test.
func TestDatedListingLinesAreAListing(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Parent webinar: Sleep and autism - a practical guide\nTuesday 4 November 2025, 7-8pm\nBook a free place (https://example.org.uk/events/sleep)", true},
		{"Spring forum for 16 to 25s\n12 March 2026, 10am-2pm, Town Hall", true},
		{"Drop-in clinic\nWed 5 March, 4.30pm\nFree, all welcome", true},
		// Near-misses.
		{"Our survey of 300 families\nTuesday 4 November 2025\nshowed that 40% waited a year.", false},
		{"The group met on\nTuesday 4 November 2025\nand agreed the plan for the new clinic in the spring.", false},
		{"Spring forum\nThe forum is where parents have told us waits are too long.", false},
	}
	for _, c := range cases {
		if got := datedListing(c.in); got != c.want {
			t.Errorf("%q: listing %v, want %v", c.in, got, c.want)
		}
	}
}
