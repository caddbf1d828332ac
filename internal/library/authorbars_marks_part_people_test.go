package library_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// TestAuthorTagBarPartsPeople: a person after a bar, a bullet, a middle
// dot or a spaced dash in a page's author tag is a second author, the
// mark parting the names, by the rule that cuts a post or a body after
// one; and a zero-width space or a word joiner between two capitalised
// words parts them as a soft hyphen does. Before, "Mira Castell | Tom
// Ashby" was one four-word name, cited "Ashby, M. C. |. T." or the like,
// and "Mira\u200bCastell" was stored "MiraCastell" (hostile check 50
// (leftovers)).
func TestAuthorTagBarPartsPeople(t *testing.T) {
	for _, c := range []struct{ tag, author, cited string }{
		{"Mira Castell | Tom Ashby", "Mira Castell; Tom Ashby", "Castell, M. and Ashby, T."},
		{"Mira Castell · Tom Ashby", "Mira Castell; Tom Ashby", "Castell, M. and Ashby, T."},
		{"Mira Castell • Tom Ashby", "Mira Castell; Tom Ashby", "Castell, M. and Ashby, T."},
		{"Mira Castell – Tom Ashby", "Mira Castell; Tom Ashby", "Castell, M. and Ashby, T."},
		{"By Mira Castell | Tom Ashby | Policy Officer", "Mira Castell; Tom Ashby", "Castell, M. and Ashby, T."},
		{"Mira Castell | Tom Ashby | 4 May 2024", "Mira Castell; Tom Ashby", "Castell, M. and Ashby, T."},
		{"Mira\u200bCastell", "Mira Castell", "Castell, M."},
		{"Mira\u2060Castell and Tom Ashby", "Mira Castell and Tom Ashby", "Castell, M. and Ashby, T."},
		// As before: a post or a body after a bar is left out, a name
		// inside a word kept whole.
		{"Mira Castell | Research Lead", "Mira Castell", "Castell, M."},
		{"Mira Castell | Westmere Trust", "Mira Castell", "Castell, M."},
		{"Mira Castell-Dunne", "Mira Castell-Dunne", "Castell-Dunne, M."},
		{"Mira Ander\u00adson", "Mira Anderson", "Anderson, M."},
	} {
		im, err := library.Import(write(t, "page.html", h50Page(`<meta name="author" content="`+c.tag+`">`)), library.Meta{Type: "report"})
		if err != nil {
			t.Fatalf("%q: %v", c.tag, err)
		}
		if im.Source.Author != c.author {
			t.Errorf("%+q: author %+q, want %+q; warnings:\n%s", c.tag, im.Source.Author, c.author, strings.Join(im.Warnings, "\n"))
			continue
		}
		if ref := evidence.Reference(im.Source, time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)); !strings.HasPrefix(ref, c.cited+" (2024)") {
			t.Errorf("%+q: cited %q, want it to open %q", c.tag, ref, c.cited+" (2024)")
		}
	}
}
