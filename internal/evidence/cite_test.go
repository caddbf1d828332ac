package evidence

import (
	"testing"
	"time"
)

// TestAuthorOfSeparatorsAloneIsNoAuthor: an author field holding only
// separators names no one, and every style cites the publisher (it
// panicked: the fuzzer found " " after cleaning).
func TestAuthorOfSeparatorsAloneIsNoAuthor(t *testing.T) {
	for _, author := range []string{" ", ",", " and ", " & ;"} {
		s := Source{ID: "x", Title: "T", Publisher: "NHS Providers", Author: author, Date: Date{Year: 2024}, Type: Report}
		if got := AuthorLabel(s); got != "NHS Providers" {
			t.Errorf("author %q: AuthorLabel %q, want the publisher", author, got)
		}
		for _, st := range []Style{Harvard, APA, Vancouver, Footnotes} {
			c := NewCiter(st, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), nil).Cite(Item{ID: "x#1", Source: s, Text: "t"})
			if c.InText == "" && len(c.Note) == 0 {
				t.Errorf("author %q, %s: no citation", author, st)
			}
		}
	}
}
