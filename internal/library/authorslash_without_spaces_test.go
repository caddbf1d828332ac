package library_test

import (
	"strings"
	"testing"
)

// TestAuthorTagSlashWithoutSpacesPartsPeople: "Mira Castell/Tom Ashby" in
// an author tag or a citation_author tag is two people, as with spaces
// around the slash; a post after it is left out. Before, the tag gave no
// author and citation_author one person cited "(Ashby, 2024)" (hostile
// check 51). Invented names.
func TestAuthorTagSlashWithoutSpacesPartsPeople(t *testing.T) {
	for _, c := range []struct{ head, cited string }{
		{`<meta name="author" content="Mira Castell/Tom Ashby">`, "Castell, M. and Ashby, T."},
		{`<meta name="author" content="By Mira Castell/Tom Ashby">`, "Castell, M. and Ashby, T."},
		{`<meta name="citation_author" content="Mira Castell/Tom Ashby">`, "Castell, M. and Ashby, T."},
		{`<meta name="author" content="Mira Castell/Research Lead">`, "Castell, M."},
	} {
		author, ref, warnings := h51Author(t, c.head)
		if !strings.HasPrefix(ref, c.cited+" (2024)") {
			t.Errorf("%q: author %q cited %q, want it to open %q; warnings:\n%s", c.head, author, ref, c.cited+" (2024)", strings.Join(warnings, "\n"))
		}
	}
}
