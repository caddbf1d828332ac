package evidence_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAuthorsAndInAnyCase: "and" parts names in any case ("AND", "And"),
// as it does in lower case, and a body's own "And" stays within it.
// Before, "MIRA CASTELL AND TOM ASHBY" was one name of five words, and a
// page's author tag holding it named no person (hostile check 50).
func TestAuthorsAndInAnyCase(t *testing.T) {
	for field, want := range map[string][]string{
		"MIRA CASTELL AND TOM ASHBY":           {"MIRA CASTELL", "TOM ASHBY"},
		"Mira Castell AND Tom Ashby":           {"Mira Castell", "Tom Ashby"},
		"Mira Castell And Tom Ashby":           {"Mira Castell", "Tom Ashby"},
		"CASTELL, MIRA AND ASHBY, TOM":         {"MIRA CASTELL", "TOM ASHBY"},
		"mira castell and tom ashby":           {"mira castell", "tom ashby"},
		"Department of Health And Social Care": {"Department of Health And Social Care"},
		"Mira Sandford":                        {"Mira Sandford"},
	} {
		if got := evidence.Authors(field); !slices.Equal(got, want) {
			t.Errorf("Authors(%q) = %q, want %q", field, got, want)
		}
	}
}
