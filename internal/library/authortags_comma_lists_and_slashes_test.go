package library_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// h51Author imports a page with head and reports its author and how a
// reference opens.
func h51Author(t *testing.T, head string) (author, ref string, warnings []string) {
	t.Helper()
	im, err := library.Import(write(t, "page.html", h50Page(head)), library.Meta{Type: "report"})
	if err != nil {
		t.Fatalf("%q: %v", head, err)
	}
	return im.Source.Author, evidence.Reference(im.Source, time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)), im.Warnings
}

// TestAuthorTagsCommaListReadAlike: "Mira Castell, Tom Ashby" in a
// citation_author tag or a schema.org author string is two people, as in
// the author meta tag; "Castell, Mira" and "Castell, M." stay one person
// written surname first. Before, the citation_author and schema.org
// strings were turned round as one person "Tom Ashby Mira Castell",
// cited "(Castell, 2024)" (hostile check 51).
func TestAuthorTagsCommaListReadAlike(t *testing.T) {
	for _, c := range []struct{ value, author, cited string }{
		{"Mira Castell, Tom Ashby", "Mira Castell, Tom Ashby", "Castell, M. and Ashby, T."},
		{"Castell, Mira", "Mira Castell", "Castell, M."},
		{"Castell, M.", "M. Castell", "Castell, M."},
	} {
		for _, head := range []string{
			`<meta name="citation_author" content="` + c.value + `">`,
			`<script type="application/ld+json">{"@type":"Article","headline":"Waits","author":"` + c.value + `"}</script>`,
		} {
			author, ref, warnings := h51Author(t, head)
			if c.value == "Mira Castell, Tom Ashby" && author != c.author {
				t.Errorf("%s: author %q, want %q; warnings:\n%s", head, author, c.author, strings.Join(warnings, "\n"))
			}
			if !strings.HasPrefix(ref, c.cited+" (2024)") {
				t.Errorf("%s: cited %q, want it to open %q", head, ref, c.cited+" (2024)")
			}
		}
	}
}

// TestAuthorTagSlashPartsPeople: a spaced slash in an author tag parts
// two people as a bar does, and a post after it is left out. Before,
// "Mira Castell / Tom Ashby" warned of words with no letters, was stored
// "Mira Castell Tom Ashby" and cited "(Ashby, 2024)" (hostile check 51).
func TestAuthorTagSlashPartsPeople(t *testing.T) {
	for _, c := range []struct{ tag, author, cited string }{
		{"Mira Castell / Tom Ashby", "Mira Castell; Tom Ashby", "Castell, M. and Ashby, T."},
		{"Mira Castell / Research Lead", "Mira Castell", "Castell, M."},
		{"Mira Castell / Tom Ashby / 4 May 2024", "Mira Castell; Tom Ashby", "Castell, M. and Ashby, T."},
	} {
		author, ref, warnings := h51Author(t, `<meta name="author" content="`+c.tag+`">`)
		if author != c.author {
			t.Errorf("%q: author %q, want %q; warnings:\n%s", c.tag, author, c.author, strings.Join(warnings, "\n"))
		}
		if !strings.HasPrefix(ref, c.cited+" (2024)") {
			t.Errorf("%q: cited %q, want it to open %q", c.tag, ref, c.cited+" (2024)")
		}
	}
}

// TestAuthorTagAuthoredBy: "Authored by" is a byline's words, as
// "Written by" is. Before, "Authored by Mira Castell" gave no author
// (hostile check 51).
func TestAuthorTagAuthoredBy(t *testing.T) {
	for _, tag := range []string{"Authored by Mira Castell", "authored by: Mira Castell"} {
		author, ref, warnings := h51Author(t, `<meta name="author" content="`+tag+`">`)
		if author != "Mira Castell" {
			t.Errorf("%q: author %q, want Mira Castell; warnings:\n%s", tag, author, strings.Join(warnings, "\n"))
		}
		if !strings.HasPrefix(ref, "Castell, M. (2024)") {
			t.Errorf("%q: cited %q", tag, ref)
		}
	}
}
