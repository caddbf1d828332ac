package evidence

import (
	"strings"
	"testing"
	"time"
)

// TestLinkedCitationIsInText: a citation's runs (Citation.Linked, which
// Word links) read as its in-text citation, and each run carrying a URL
// is a label the Markdown links to that URL: one citation, linked alike.
func TestLinkedCitationIsInText(t *testing.T) {
	report := Source{ID: "r", Title: "Report", Publisher: "NHS Providers", Date: Date{Year: 2024}, Type: Report, URL: "https://ex.org/a report (1).pdf"}
	story := Source{ID: "s", Title: "Story", Publisher: "News Corp", Date: Date{Year: 2024}, Type: News, URL: "javascript:alert(1)"}
	items := []Item{
		{ID: "r#1", Source: report, Text: "x", Page: 12, Cites: "Health Foundation"},
		{ID: "s#1", Source: story, Primary: &report, Text: "y", Cites: "Health Foundation"},
		{ID: "s#2", Source: story, Text: "z"},
	}
	for _, st := range []Style{Harvard, APA, Vancouver} {
		c := NewCiter(st, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), items)
		links := 0
		for _, it := range items {
			cit := c.Cite(it)
			if got := cit.Linked.String(); got != cit.InText {
				t.Errorf("%s: %s: runs %q, in-text %q", st, it.ID, got, cit.InText)
			}
			for _, sp := range cit.Linked {
				if sp.Link == "" {
					continue
				}
				target, ok := LinkURL(sp.Link)
				if !ok {
					continue
				}
				links++
				if md := linkTo(MarkdownText(sp.Text), target); !strings.Contains(cit.Markdown, md) {
					t.Errorf("%s: %s: Markdown %q does not link %q", st, it.ID, cit.Markdown, md)
				}
			}
			if got, want := strings.Count(cit.Markdown, "]("), countLinks(cit.Linked); got != want {
				t.Errorf("%s: %s: Markdown %q has %d links, the runs %d", st, it.ID, cit.Markdown, got, want)
			}
		}
		if links == 0 {
			t.Errorf("%s: no run linked", st)
		}
	}
}

func countLinks(r Rich) int {
	n := 0
	for _, sp := range r {
		if _, ok := LinkURL(sp.Link); ok && sp.Link != "" {
			n++
		}
	}
	return n
}
