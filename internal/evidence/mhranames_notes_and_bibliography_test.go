package evidence

import (
	"strings"
	"testing"
	"time"
)

// TestFootnoteNoteAndBibliographyNameAlike: the footnote style's note and
// its bibliography entry name a person from one reading of the name
// (mhraParts): the note given name first, the entry surname first, the
// same words in each. A title before the name is no part of it (the
// README's rule for every style: "Dr Jane Smith" is listed "Smith,
// Jane"); a peer named by title and designation alone keeps them, in the
// note "Lord Darzi of Denham", in the entry "Darzi of Denham, Lord"
// (issue 15 leftovers). Before: the note kept the title the entry
// dropped, "Professor Sir Michael Marmot, …" over "Marmot, Michael, …",
// and "Lord Darzi of Denham" over "Darzi".
func TestFootnoteNoteAndBibliographyNameAlike(t *testing.T) {
	cases := []struct{ author, note, entry string }{
		{"Professor Sir Michael Marmot", "Michael Marmot, ", "Marmot, Michael, "},
		{"Dr Jane Smith", "Jane Smith, ", "Smith, Jane, "},
		{"Rt Hon Jane Smith MP", "Jane Smith, ", "Smith, Jane, "},
		{"Lord Darzi of Denham", "Lord Darzi of Denham, ", "Darzi of Denham, Lord, "},
		{"Lord Ara Darzi of Denham", "Ara Darzi, ", "Darzi, Ara, "},
		{"Dr Jane Smith and Prof. Sam Lee", "Jane Smith and Sam Lee, ", "Smith, Jane, and Sam Lee, "},
		{"Bob van der Berg", "Bob van der Berg, ", "van der Berg, Bob, "},
		{"Smith, J.", "J. Smith, ", "Smith, J., "},
	}
	at := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		for _, ty := range []SourceType{Report, News, WebPage, PressRelease} {
			s := Source{Title: "Waits", Author: c.author, Publisher: "Westmere Press", Date: Date{Year: 2024, Month: 3, Day: 1}, Type: ty, URL: "https://example.org/r"}
			note := NewCiter(Footnotes, at, nil).Cite(Item{Source: s}).Note.String()
			entry := StyleReference(Footnotes, s, at).String()
			if !strings.HasPrefix(note, c.note) {
				t.Errorf("%q (%s): note %q, want it to start %q", c.author, ty, note, c.note)
			}
			if !strings.HasPrefix(entry, c.entry) {
				t.Errorf("%q (%s): bibliography %q, want it to start %q", c.author, ty, entry, c.entry)
			}
		}
	}
	// The short note names the surname the entry opens with.
	s := Source{Title: "Waits: a review", Author: "Lord Darzi of Denham", Publisher: "Westmere Press", Date: Date{Year: 2024}, Type: Report}
	c := NewCiter(Footnotes, at, nil)
	c.Cite(Item{Source: s})
	if got := c.Cite(Item{Source: s}).Note.String(); !strings.HasPrefix(got, "Darzi of Denham, Waits") {
		t.Errorf("short note %q, want it to open with the entry's surname", got)
	}
}
