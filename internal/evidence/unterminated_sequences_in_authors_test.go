package evidence_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestUnterminatedSequenceInAnAuthorIsNoName: the text of an escape
// sequence with no end in an author field (a control string with no BEL
// or ST, a control sequence with no final byte) is dropped with it, ESC
// and C1 forms alike, and the field said to be cleaned; what follows a
// line break that cut it short is read. Before, only the introducer went
// and "Unterminated Title" was read as a name (hostile check 51).
// Invented names.
func TestUnterminatedSequenceInAnAuthorIsNoName(t *testing.T) {
	for _, c := range []struct {
		field string
		want  []string
	}{
		{"Mira Castell\x1b]8;;Unterminated Title", []string{"Mira Castell"}},
		{"Mira Castell \u009d8;;Unterminated Title", []string{"Mira Castell"}},
		{"Mira Castell; \x1b]0;Unterminated Title", []string{"Mira Castell"}},
		{"Mira Castell \x1bPq;Unterminated Title", []string{"Mira Castell"}},
		{"\x1b]8;;Unterminated Title", nil},
		{"\u009d8;;Unterminated Title", nil},
		{"Mira Castell\x1b[31;2", []string{"Mira Castell"}},
		{"Mira Castell\u009b31;2", []string{"Mira Castell"}},
		{"Mira Castell \x1b]0;Unterminated\u2028Tom Ashby", []string{"Mira Castell", "Tom Ashby"}},
		// Whole sequences go whole, as before.
		{"\x1b[31mJane Smith\x1b[0m", []string{"Jane Smith"}},
	} {
		clean, changed := evidence.CleanAuthorLine(c.field)
		if !changed {
			t.Errorf("%+q: not said to be cleaned", c.field)
		}
		if got := evidence.Authors(c.field); !slices.Equal(got, c.want) {
			t.Errorf("%+q: Authors = %q, want %q (cleaned %q)", c.field, got, c.want, clean)
		}
		if got := evidence.Authors(clean); !slices.Equal(got, c.want) {
			t.Errorf("%+q: stored %q, read %q, want %q", c.field, clean, got, c.want)
		}
		if clean2, _ := evidence.CleanField("author", c.field); clean2 != clean {
			t.Errorf("%+q: CleanField %q, CleanAuthorLine %q", c.field, clean2, clean)
		}
	}
}
