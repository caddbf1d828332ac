package evidence

import (
	"strings"
	"testing"
	"time"
)

// TestCiterItemLabelGivesTheDocumentsLetters: a line naming an item in a
// document (a link's reason in the linked view) names it as the document
// cites it: with the letter of two works of one author in one year, a
// story by its primary first, APA's "&"; in Vancouver and the footnote
// style by author and year, lettered too. The letters stay out of
// Vancouver's and the footnote style's citations and of Letter, which a
// table's year column reads.
func TestCiterItemLabelGivesTheDocumentsLetters(t *testing.T) {
	a := Source{ID: "a", Title: "Waiting for help", Publisher: "Acme Trust", Author: "Jane Smith and John Doe", Date: Date{Year: 2024}, Type: Report}
	b := Source{ID: "b", Title: "Another look", Publisher: "Acme Trust", Author: "Jane Smith and John Doe", Date: Date{Year: 2024}, Type: Report}
	news := Source{ID: "n", Title: "Story", Publisher: "News Corp", Author: "Ann Reporter", Date: Date{Year: 2024}, Type: News, About: "a"}
	story := Item{ID: "n#1", Source: news, Primary: &a}
	items := []Item{{ID: "a#1", Source: a}, {ID: "b#1", Source: b}, story}
	for _, c := range []struct {
		st         Style
		story, two string
	}{
		{Harvard, "Smith and Doe, 2024b; reported by Reporter, 2024", "Smith and Doe, 2024a"},
		{APA, "Smith & Doe, 2024b; reported by Reporter, 2024", "Smith & Doe, 2024a"},
		{Vancouver, "Smith and Doe, 2024b; reported by Reporter, 2024", "Smith and Doe, 2024a"},
		{Footnotes, "Smith and Doe, 2024b; reported by Reporter, 2024", "Smith and Doe, 2024a"},
	} {
		cit := NewCiter(c.st, time.Time{}, items)
		if got := cit.ItemLabel(story); got != c.story {
			t.Errorf("%s: story %q, want %q", c.st, got, c.story)
		}
		if got := cit.ItemLabel(items[1]); got != c.two {
			t.Errorf("%s: second work %q, want %q", c.st, got, c.two)
		}
		if c.st == Vancouver || c.st == Footnotes {
			if l := cit.Letter(b); l != "" {
				t.Errorf("%s: Letter %q, want none", c.st, l)
			}
			if c.st == Footnotes {
				if n := cit.Cite(items[1]).Note.String(); n == "" || strings.Contains(n, "2024a") || strings.Contains(n, "2024b") {
					t.Errorf("%s: note %q", c.st, n)
				}
			}
		}
	}
}
