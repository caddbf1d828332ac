package corpus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestCheckCountsBodiesAsTheCitationDoes: `cypx check` says how many
// bodies an author field of bodies names by the reading every citation
// makes (evidence.BodyAuthors over evidence.Authors): "The Health
// Foundation and the King's Fund" is two bodies in the note as in the
// citation, and a peer ("Lord Darzi of Denham") no body at all (issue 15
// leftovers). Before: check said "reads as a body's name" (one) while
// every citation named two, and called the peer a body.
func TestCheckCountsBodiesAsTheCitationDoes(t *testing.T) {
	for _, field := range []string{"The Health Foundation and the King's Fund", "Department of Health and Social Care", "Department for Education and the Department of Health and Social Care"} {
		names := evidence.Authors(field)
		_, said := checkSays(t, field)
		var want string
		if len(names) == 1 {
			want = `reads as a body's name, not a person's`
		} else {
			var quoted []string
			for _, n := range names {
				quoted = append(quoted, evidence.QuoteInput(n))
			}
			want = "reads as " + spelled(len(names)) + " bodies' names, " + strings.Join(quoted[:len(quoted)-1], ", ") + " and " + quoted[len(quoted)-1] + ", not people's"
		}
		if !strings.Contains(said, want) {
			t.Errorf("%q (cited as %d authors, %q): check said %q, want %q", field, len(names), names, said, want)
		}
		if label := evidence.AuthorLabel(evidence.Source{Author: field}); !strings.Contains(said, "(cited \""+label+"\")") {
			t.Errorf("%q: check said %q, want the citation %q", field, said, label)
		}
	}
	if _, said := checkSays(t, "Lord Darzi of Denham"); said != "" {
		t.Errorf("a peer: check said %q", said)
	}
}

func spelled(n int) string {
	return map[int]string{2: "two", 3: "three"}[n]
}
