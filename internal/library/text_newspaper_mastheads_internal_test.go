package library

import (
	"strings"
	"testing"
)

// TestNewspaperMastheadIsNoTitle: a paper's name over its motto, pasted
// above a story, is its publisher and the date line under it the story's
// date; the headline is the title and the motto no evidence. A title over
// its subtitle stays the title with it.
func TestNewspaperMastheadIsNoTitle(t *testing.T) {
	story := "The Vale Advertiser\nServing the Vale since 1874\n\nThursday 5 February 2026\n\n" +
		"School nurse shortage leaves pupils without health checks\n\nBy Megan Ashdown, Health Reporter\n\n" +
		"Figures show that 7 of the service's 19 school nurse posts were vacant at the end of December.\n"
	doc := structureText(story, true, true)
	if doc.title != "School nurse shortage leaves pupils without health checks" {
		t.Errorf("title %q, want the headline", doc.title)
	}
	if doc.publisher != "The Vale Advertiser" || doc.date.String() != "2026-02-05" {
		t.Errorf("publisher %q, date %s: want the paper and the story's day", doc.publisher, doc.date)
	}
	if strings.Contains(doc.body, "Serving the Vale") {
		t.Errorf("the motto kept in the text:\n%s", doc.body)
	}
	report := "Waiting to be seen\nChildren's mental health waits in the North Fold\n\n" +
		"Figures show that 4,870 children were waiting for a second contact at the end of December.\n"
	if doc := structureText(report, true, true); !strings.Contains(doc.title, "Waiting to be seen") || doc.publisher != "" {
		t.Errorf("a title over its subtitle read as a masthead: title %q, publisher %q", doc.title, doc.publisher)
	}
}
