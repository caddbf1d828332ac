package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestTheNotesStudyReachesNoSectionAboutTheBody: "Who we are", "About
// <publisher>", "Notes to editors", "Our work" say who the body is, so the
// note's survey period, place and base reach none of their figures; the
// findings, "About this survey" and a topic ("About waiting times") still
// take them.
func TestTheNotesStudyReachesNoSectionAboutTheBody(t *testing.T) {
	cases := []struct{ heading, want string }{
		{"Who we are", "||"},
		{"About Example Health Trust", "||"},
		{"About us", "||"},
		{"Notes to editors", "||"},
		{"Our work", "||"},
		// look-alikes that stay as they were
		{"Key findings", "March 2024|England|2,000 parents"},
		{"About this survey", "March 2024|England|2,000 parents"},
		{"About waiting times", "March 2024|England|2,000 parents"},
		{"About children's dental health", "March 2024|England|2,000 parents"},
	}
	for _, c := range cases {
		doc := parseBody(t, "Example Health Trust", "# "+c.heading+"\n\nOverall, 45% of parents said they waited too long.\n")
		doc.Source.Note = "A survey of 2,000 parents in England, carried out in March 2024."
		items := extract.Extract(doc)
		if len(items) != 1 || len(items[0].Figures) != 1 {
			t.Errorf("%q: %d items", c.heading, len(items))
			continue
		}
		f := items[0].Figures[0]
		if got := f.Period + "|" + f.Place + "|" + f.Base; got != c.want {
			t.Errorf("%q: %q, want %q", c.heading, got, c.want)
		}
	}
}
