package evidence_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAuthorsReadEscapeSequencesWhole: an author field's reader
// (Authors, CleanAuthors) reads it as CleanAuthorLine stores it, an
// escape sequence gone whole, its parameters no names. Before,
// CleanAuthors parted "Jane Smith \x1b]8;;http://e.x\aBob\x1b]8;;\a" at
// the sequence's semicolons and kept "http://e.xBob8" as an author, and
// "\x1b]52;c;cm0gLXJmIH4=\aBob Lee" as "c; cm0gLXJmIH4=Bob Lee" (hostile
// check 49).
func TestAuthorsReadEscapeSequencesWhole(t *testing.T) {
	for _, c := range []struct {
		field string
		names []string
	}{
		{"Jane Smith \x1b]8;;http://e.x\x07Bob\x1b]8;;\x07", []string{"Jane Smith Bob"}},
		{"\x1b]52;c;cm0gLXJmIH4=\x07Bob Lee", []string{"Bob Lee"}},
		{"\x1b]52;c;cm0gLXJmIH4=\x1b\\Bob Lee; Jane Smith", []string{"Bob Lee", "Jane Smith"}},
		{"Jane Smith and \x1b[31mBob Lee\x1b[0m", []string{"Jane Smith", "Bob Lee"}},
		{"\u009d0;title\u009cBob Lee", []string{"Bob Lee"}},
	} {
		if got := evidence.Authors(c.field); !slices.Equal(got, c.names) {
			t.Errorf("Authors(%+q) = %q, want %q", c.field, got, c.names)
		}
		// No word of the sequence is dropped as naming no one: the
		// field is left to CleanAuthorLine, which cleans it whole.
		if got, changed := evidence.CleanAuthors(c.field); changed || got != c.field {
			t.Errorf("CleanAuthors(%+q) = %+q, %v: want it unchanged, for CleanAuthorLine", c.field, got, changed)
		}
		clean, changed := evidence.CleanAuthorLine(c.field)
		if got := evidence.Authors(clean); !changed || !slices.Equal(got, c.names) {
			t.Errorf("CleanAuthorLine(%+q) = %+q, %v: read as %q, want %q", c.field, clean, changed, got, c.names)
		}
	}
	// A sequence beside a word with no letters: only the word goes.
	if got, changed := evidence.CleanAuthors("\x1b]8;;http://e.x\x07Bob Lee\x1b]8;;\x07 \ufffc"); !changed || got != "Bob Lee" {
		t.Errorf("CleanAuthors of a sequence and U+FFFC = %+q, %v, want \"Bob Lee\", true", got, changed)
	}
}

// TestAuthorLineBreaksAndSoftHyphens: an author field's line break
// between two names (LF, NEL, U+2028, U+2029) parts them as "; " does,
// and a soft hyphen before a capital parts two words of a name, where a
// soft hyphen elsewhere is a break hint read as nothing. A break inside
// one name or body is a space, as before. Before, "Jane Smith\u2028Bob
// Lee" was stored as one person of four names, and "Jane\u00adSmith" as
// "JaneSmith" (hostile check 49).
func TestAuthorLineBreaksAndSoftHyphens(t *testing.T) {
	for _, c := range []struct{ field, stored string }{
		{"Jane Smith\u2028Bob Lee", "Jane Smith; Bob Lee"},
		{"Jane Smith\u2029Bob Lee", "Jane Smith; Bob Lee"},
		{"Jane Smith\u0085Bob Lee", "Jane Smith; Bob Lee"},
		{"Jane Smith \n Bob Lee\r\nSam Okafor", "Jane Smith; Bob Lee; Sam Okafor"},
		{"Jane\u2028Smith", "Jane Smith"},
		{"Westmere\u2028Borough Council", "Westmere Borough Council"},
		{"Department of Health\nand Social Care", "Department of Health and Social Care"},
		{"Royal College of\nPaediatrics and Child Health", "Royal College of Paediatrics and Child Health"},
		{"Jane Smith,\u2028Bob Lee", "Jane Smith, Bob Lee"},
		{"Jane Smith\n(Westmere Borough Council)", "Jane Smith (Westmere Borough Council)"},
		{"Jane\u00adSmith", "Jane Smith"},
		{"Jane \u00adSmith", "Jane Smith"},
		{"Ander\u00adson Lee", "Anderson Lee"},
		{"Jane Smith", "Jane Smith"},
	} {
		got, changed := evidence.CleanAuthorLine(c.field)
		if got != c.stored || changed != (c.field != c.stored) {
			t.Errorf("CleanAuthorLine(%+q) = %+q, %v, want %+q", c.field, got, changed, c.stored)
		}
		if want := evidence.Authors(c.stored); !slices.Equal(evidence.Authors(c.field), want) {
			t.Errorf("Authors(%+q) = %q, want %q, as stored", c.field, evidence.Authors(c.field), want)
		}
	}
}
