package extract_test

import "testing"

// TestDayServicesAndTheSpanOfAChangeAreNoFigures: "a day" before the
// service it names ("for a day programme", "a day centre") is a kind of
// service, not a day's length; a sentence's opening "Within a year"
// before a change ("the share turned away fell from 31% to 12%") is the
// time the change took, no limit the share is counted against (set 82).
// A wait of a day and a share seen within a year keep their durations.
func TestDayServicesAndTheSpanOfAChangeAreNoFigures(t *testing.T) {
	for _, c := range []struct{ sentence, not, kept string }{
		{"The trust has agreed £240,000 for 2026/27, and we will spend most of it on a day programme.", "a day", "£240,000"},
		{"Within a year the share of families turned away fell from 28% to 11%.", "a year", "11%"},
		{"Of the children referred, 58% were seen within a year.", "", "a year"},
		{"She went to a day centre on Mondays, and waited a day for a reply.", "", "a day"},
	} {
		it := itemOf(t, c.sentence)
		found := false
		for _, f := range it.Figures {
			if c.not != "" && f.Text == c.not {
				t.Errorf("%s\n  %q read as a figure", c.sentence, c.not)
			}
			if f.Text == c.kept {
				found = true
			}
		}
		if !found {
			t.Errorf("%s\n  %q not read", c.sentence, c.kept)
		}
	}
}
