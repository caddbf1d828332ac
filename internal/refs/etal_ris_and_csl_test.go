package refs_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/refs"
)

// TestEtAlSurvivesRISAndCSL: an author list ending "et al." is written in
// RIS and CSL JSON as each can hold it, the named authors and a note
// saying there are more, never an author called "et al.", and cypx reads
// the note back, so the work is cited "(Smith et al., 2024)" after the
// round trip as before it, its own note kept (issue 15 leftovers).
// Before: RIS and CSL JSON listed the named authors alone, and read back
// the work was cited "(Smith, 2024)": the others were lost.
func TestEtAlSurvivesRISAndCSL(t *testing.T) {
	for _, s := range []evidence.Source{
		{Title: "Waits", Author: "Jane Smith et al.", Publisher: "Acme", Date: day(2024, 7, 15), Type: evidence.Report},
		{Title: "Waits", Author: "Jane Smith, Sam Lee and colleagues", Publisher: "Acme", Date: day(2024, 7, 15), Type: evidence.Report, Note: "survey of 134 trust leaders"},
		{Title: "Waits", Author: "Smith J, Doe A et al", Publisher: "Acme", Date: day(2024, 7, 15), Type: evidence.News},
	} {
		for _, f := range []refs.Format{refs.RIS, refs.CSLJSON} {
			text, err := refs.Write(f, []evidence.Source{s}, accessed)
			if err != nil {
				t.Fatal(err)
			}
			for _, fake := range []string{"AU  - et al", "AU  - others", `"et al`, `"others"`} {
				if strings.Contains(text, fake) {
					t.Errorf("%s of %q holds a fake author %q:\n%s", f, s.Author, fake, text)
				}
			}
			got, err := refs.Read("record."+string(f), []byte(text))
			if err != nil {
				t.Fatalf("%s read back: %v\n%s", f, err, text)
			}
			if a, b := evidence.AuthorLabel(got), evidence.AuthorLabel(s); a != b || !evidence.MoreAuthors(got.Author) {
				t.Errorf("%s of %q read back as %q, cited %q, want %q with more authors", f, s.Author, got.Author, a, b)
			}
			if strings.Join(evidence.Authors(got.Author), "|") != strings.Join(evidence.Authors(s.Author), "|") {
				t.Errorf("%s of %q read back names %q, want %q", f, s.Author, evidence.Authors(got.Author), evidence.Authors(s.Author))
			}
			if got.Note != s.Note {
				t.Errorf("%s of %q read back with note %q, want %q", f, s.Author, got.Note, s.Note)
			}
		}
	}
}
