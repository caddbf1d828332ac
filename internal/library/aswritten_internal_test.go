package library

import "testing"

// TestPublisherInCapitalsIsWrittenAsTheBodyWritesIt: a masthead or a
// sender set in capitals gives the publisher as the document's prose
// writes it; an acronym, or a name the body never writes otherwise, stays.
func TestPublisherInCapitalsIsWrittenAsTheBodyWritesIt(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"FAIRSTART INSTITUTE", "# Closing the gap\n\nThe Fairstart Institute analysed spending. FAIRSTART INSTITUTE\n\nFairstart Institute, 2025.", "Fairstart Institute"},
		{"NHS ENGLAND", "Figures from NHS England show 1,200 children waiting.", "NHS England"},
		{"ROYAL  COLLEGE OF NURSING", "The Royal College\nof Nursing said so.", "Royal College of Nursing"},
		{"NSPCC", "The NSPCC said 40% of calls were about neglect.", "NSPCC"},
		{"BRIGHTPATH", "Brightpathway is another charity.", "BRIGHTPATH"},
		{"Fairstart Institute", "the FAIRSTART INSTITUTE", "Fairstart Institute"},
		{"ICB", "Our Icb said so.", "ICB"},
	} {
		if got := asWritten(c.name, c.body); got != c.want {
			t.Errorf("asWritten(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
