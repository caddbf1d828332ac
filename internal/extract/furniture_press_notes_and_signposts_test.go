package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestFurnitureOfPressNotesAndSignposts: round 18's classes (press notes, signposts for
// worried readers, a reply's thanks for asking and its note on how the
// figures were put together), each beside a near-miss that is evidence.
// Every sentence is written for this test.
func TestFurnitureOfPressNotesAndSignposts(t *testing.T) {
	cases := []struct {
		name, in string
		want     evidence.Kind // "" when no item may hold the sentence
	}{
		// Notes to editors.
		{"interview", "Dr Wierzbicki and parents who took part in the survey are available for interview.", ""},
		{"comment", "Spokespeople are available for comment on request.", ""},
		{"images", "Images of the charity's school asthma clinics can be downloaded from our media library.", ""},
		{"method by a firm", "The survey was carried out online by Opinion Works for the charity between 2 and 20 June 2025.", ""},
		{"weighted", "The results are not weighted.", ""},
		{"figures cover", "The Commissioner's figures cover children referred to mental health services between April 2022 and March 2023.", ""},
		{"figures taken from", "Figures on hospital admissions by deprivation are taken from NHS England's Hospital Episode Statistics.", ""},
		{"founded", "Airways for Children was set up in 1987 by a group of parents in Leeds.", ""},
		{"founded it", "It was founded in 2016 and is hosted by the Youth Access Trust.", ""},
		{"coalition", "The Children's Mental Health Alliance is a coalition of 46 national and local charities.", ""},
		// Near-misses: a note giving a survey's base, a method with its
		// base, a finding about what a service has done since it began.
		{"base", "It was answered by 350 psychiatrists working in child and adolescent services.", evidence.Statistic},
		{"method with base", "The survey was carried out by Opinion Works and answered by 1,540 parents.", evidence.Statistic},
		{"set up and since", "The service was set up in 2019 and has since seen 4,000 children.", evidence.Statistic},
		{"coalition finds", "A coalition of 46 charities found that 38% of schools had no counsellor.", evidence.Statistic},
		{"we are a network", "We are a network of 40 parent carer forums across the region.", evidence.Statistic},
		// Signposts for worried readers.
		{"anyone worried", "Anyone worried about a young person can contact Kellingford Mind's youth line.", ""},
		{"if you are concerned", "If you are concerned about a child's safety, please call the children's services front door.", ""},
		{"worried parents finding", "Parents worried about their child's weight said they could not get an appointment.", evidence.Excerpt},
		// A reply's opening.
		{"thanks for asking", "Thank you for asking us for this before the SEND health review.", ""},
		{"thanks for the questions", "Thanks for your questions about the therapy figures.", ""},
		{"pulled together", "I have pulled the figures together with our business manager and our therapist.", ""},
		{"pulled together with figures", "I have pulled the figures together: only 61 of 118 pupils got their full therapy.", evidence.Statistic},
	}
	for _, c := range cases {
		if got := kindOf(t, "Northfield Council", c.in); got != c.want {
			t.Errorf("%s: %q: got %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
