package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestWordShareWithExactCountInBrackets: set 31 spent (every sentence
// written for this test). A share in words with its count and base in
// brackets ("Almost half of the hospices that replied (14 of 29)") is
// stated exactly by the bracket, as "three quarters (76%)" is by its
// percentage: where the words only round the bracket's share, the count
// is the headline, the base its base, and the words no figure; words as
// exact as the bracket ("A third ... (29 of 87)") stay the share, and a
// bracket with the count alone keeps the words' share.
// Before: "Almost half" (50%) was the headline and the bracket's count
// and base were lost.
func TestWordShareWithExactCountInBrackets(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
		headline string
	}{
		{"Almost half of the hospices that replied (14 of 29) had cut a service in the past year.",
			[]string{"14 14 count headline", "29 29 count base"}, "14"},
		{"Around a third of the schools we visited (8 out of 27) had no nurse on site.",
			[]string{"8 8 count headline", "27 27 count base"}, "8"},
		{"A third of the families we asked (29 of 87) had been offered a loan chair.",
			[]string{"A third 33.3 percent headline", "29 29 count headline", "87 87 count base"}, "A third"},
		{"Nearly half of parents (59) said they had waited more than a year.",
			[]string{"Nearly half 50 percent headline", "59 59 count ", "more than a year 1 years threshold"}, "Nearly half"},
	} {
		it := itemOf(t, c.sentence)
		var got []string
		for _, f := range it.Figures {
			got = append(got, figureLine(f))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: figures %q, want %q", c.sentence, got, c.want)
		}
		if h, ok := it.Headline(); c.headline != "" && (!ok || h.Text != c.headline) {
			t.Errorf("%q: headline %q, want %q", c.sentence, h.Text, c.headline)
		}
	}
}

// TestGapsBetweenGroupsAreFigures: set 31 spent (sentences written for
// this test). A gap in points between two levels ("sits almost 18 points
// below the best-performing region") and a gap in time between two
// groups ("diagnosed on average 2.3 years later than boys") are what the
// sentence measures; "two years later" alone still dates what follows.
// Before: both sentences were excerpts.
func TestGapsBetweenGroupsAreFigures(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"The north sits almost 18 points below the best-performing region.", "almost 18 points 18 other "},
		{"Uptake in the city was 4.5 percentage points lower than in the county.", "4.5 percentage points 4.5 other change"},
		{"In the clinics that recorded it, girls were diagnosed on average 2.3 years later than boys.", "2.3 years 2.3 years "},
		{"Children in care were seen 11 weeks earlier than their peers.", "11 weeks 11 weeks "},
	} {
		it := itemOf(t, c.sentence)
		var got []string
		for _, f := range it.Figures {
			got = append(got, figureLine(f))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q: figures %q, want %q", c.sentence, got, c.want)
		}
	}
	for _, it := range extract.Extract(parseBody(t, "P", "## Follow-up\n\nTwo years later, the clinic moved to the new hospital.\n")) {
		if len(it.Figures) > 0 {
			t.Errorf("%q: figures %v, want none", it.Text, it.Figures)
		}
	}
}

// TestYearGroupCountAndAgendaSlot: set 31 spent (sentences written for
// this test). A count before a school year group and its noun ("the 960
// Year 6 pupils measured") counts the pupils, and opens the group a
// share is of, also after a paragraph's number ("4.5 Of the ..."); time
// on a meeting's agenda ("ten minutes on the agenda") is housekeeping,
// no figure. Before: the count was lost ("Year" read as its unit) and
// the agenda's minutes were a statistic.
func TestYearGroupCountAndAgendaSlot(t *testing.T) {
	it := itemOf(t, "3.2 Of the 960 Year 6 pupils measured in the borough, 36.1% were overweight or living with obesity.")
	var got []string
	for _, f := range it.Figures {
		got = append(got, figureLine(f))
	}
	if want := "960 Year 6 pupils 960 count base|36.1% 36.1 percent headline"; strings.Join(got, "|") != want {
		t.Errorf("figures %q, want %q", got, want)
	}
	for _, s := range []string{"The youth forum would like ten minutes on the agenda of the next meeting.", "Could we have a 15-minute slot to present the audit?"} {
		for _, it := range extract.Extract(parseBody(t, "P", "## Next meeting\n\n"+s+"\n")) {
			if len(it.Figures) > 0 {
				t.Errorf("%q: figures %v, want none", it.Text, it.Figures)
			}
		}
	}
}
