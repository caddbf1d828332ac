package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestFiguresAlsoShowCitesTheBody: "<Body> figures also show that ..."
// cites the body, as "<Body> figures show that" does; an adverb between
// the figures and their verb changes nothing. Before: no body was cited.
func TestFiguresAlsoShowCitesTheBody(t *testing.T) {
	for _, s := range []string{
		"Office for Health Improvement and Disparities figures also show that 31% of reception children had tooth decay in 2024.",
		"Department for Education data now shows that 12% of pupils were persistently absent last year.",
	} {
		items := extract.Extract(parseBody(t, "Marrowby Council", "## Context\n\nThe borough has grown quickly over the last decade.\n\n"+s+"\n"))
		found := false
		for _, it := range items {
			if it.Text == s {
				found = true
				if it.Cites == "" {
					t.Errorf("%q cites no body", s)
				}
			}
		}
		if !found {
			t.Errorf("%q not an item", s)
		}
	}
}

// TestFiguresABodyPublishedCiteIt: "the figures <Body> published" cites
// the body that published them; a person so named is no body. Before:
// no body was cited.
func TestFiguresABodyPublishedCiteIt(t *testing.T) {
	cases := []struct{ s, want string }{
		{"Uptake in the borough was 58.1%, below the national figures OHID published for 2024, of 66.3%.", "OHID"},
		{"Uptake was 61%, below the figures Jane published last year.", ""},
	}
	for _, c := range cases {
		items := extract.Extract(parseBody(t, "Marrowby Council", "## Context\n\nThe borough has grown quickly over the last decade.\n\n"+c.s+"\n"))
		for _, it := range items {
			if it.Text == c.s && it.Cites != c.want {
				t.Errorf("%q cites %q, want %q", c.s, it.Cites, c.want)
			}
		}
	}
}
