package extract

import "testing"

// TestSourceNoteWithCaveat: a table's source line that adds a caveat on
// its figures after a semicolon ("...; the latest month is provisional")
// is furniture as a bare source line is (set 41 spent). A source line that
// goes on to state a finding stays.
func TestSourceNoteWithCaveat(t *testing.T) {
	for _, s := range []string{
		"Source: trust returns and the community services data set; March figures are provisional.",
		"Sources: SUS and local audit; data for the last quarter are unvalidated.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Source: the trust's audit found 312 children were waiting over a year.",
		"Source: local audit; waits rose by 40% over the year.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q taken for furniture", s)
		}
	}
}

// TestNextMeetingOfAPossessiveGroup: the next meeting of a group named
// with a possessive ("the next providers' forum is on ...") is a meeting's
// logistics as "the next partnership meeting is on ..." is.
func TestNextMeetingOfAPossessiveGroup(t *testing.T) {
	if s := "The next commissioners' forum is on Tuesday 4 March, 10am to noon, on Zoom."; !isFurniture(s) {
		t.Errorf("%q: not furniture", s)
	}
	if s := "The parents' forum is on record that 40 families waited over a year."; isFurniture(s) {
		t.Errorf("%q taken for furniture", s)
	}
}

func isFurniture(s string) bool {
	got, _, _ := furnitureSentence(s)
	return got
}
