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

// TestPublisherInCapitalsWrittenWordByWord: a name in capitals that the
// body never writes whole is written word by word as the body writes each
// word ("Ashdown" in "Ashdown Hall", "County" in "County Hall"), small
// joining words in small letters; where a long word is never written in
// small letters the name stays as set.
func TestPublisherInCapitalsWrittenWordByWord(t *testing.T) {
	for _, c := range []struct{ name, body, want string }{
		{"ASHDOWN BOROUGH COUNCIL", "Met at Ashdown Hall. Borough Councillor Lee and the Council agreed.", "Ashdown Borough Council"},
		{"NHS ASHDOWN", "Children in Ashdown wait.", "NHS Ashdown"},
		{"FRIENDS OF ASHDOWN PARK", "Friends met in Ashdown. The Park opens.", "Friends of Ashdown Park"},
		{"ASHDOWN BOROUGH COUNCIL", "Met at Ashdown Hall.", "ASHDOWN BOROUGH COUNCIL"},
	} {
		if got := asWritten(c.name, c.body); got != c.want {
			t.Errorf("asWritten(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
