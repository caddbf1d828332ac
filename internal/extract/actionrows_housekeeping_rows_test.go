package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAMeetingsActionRowAPersonOwnsIsNoItem: in a meeting's action log,
// a row owned by a person or by an officer's post whose action names no
// body to act and asks only for information makes no item; a row whose
// action opens with the body that is to act, a row a body owns and a row
// an officer owns whose action is work stay. Every
// sentence is written for this test.
func TestAMeetingsActionRowAPersonOwnsIsNoItem(t *testing.T) {
	body := "## Actions arising\n\n| No. | Action | Owner | Due |\n|---|---|---|---|\n" +
		"| B1 | Send the ward immunisation figures to members | Committee Clerk | 12 March 2026 |\n" +
		"| B2 | Circulate the notes of the site visits to the panel | Dr Lena Moss | 20 March 2026 |\n" +
		"| B5 | Develop a business case for two more school nurse posts | Head of Children's Services | 1 May 2026 |\n" +
		"| B3 | Council to publish the family hub opening hours on its website | Amir Shah | 1 April 2026 |\n" +
		"| B4 | Write to every school about the drop-in clinic and its new times | ICB | 1 April 2026 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "Eastmere County Council", body)) {
		got = append(got, it.Text)
	}
	joined := strings.Join(got, "\n")
	for _, gone := range []string{"ward immunisation figures", "notes of the site visits"} {
		if strings.Contains(joined, gone) {
			t.Errorf("%q kept: %q", gone, got)
		}
	}
	for _, kept := range []string{"Council to publish the family hub opening hours", "Write to every school about the drop-in clinic", "business case for two more school nurse posts"} {
		if !strings.Contains(joined, kept) {
			t.Errorf("%q lost: %q", kept, got)
		}
	}
}
