package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAListOfLinksToOtherStoriesIsNoItem: a news page's list of links to
// its other stories, under "Related stories" in bold or as a heading,
// makes no items, and a call to sign up to its morning briefing is
// furniture. Near misses: a list of links under another heading, an
// entry with words beside its link. Every sentence is written for this
// test.
func TestAListOfLinksToOtherStoriesIsNoItem(t *testing.T) {
	story := "Waits for a first speech therapy appointment in the county have grown all year, parents say.\n\n"
	links := "- [School nurses: the long wait for a named nurse in every school](https://example.org/news/nurses)\n" +
		"- [Why families are paying for private autism assessments](https://example.org/news/autism)\n"
	for _, c := range []struct {
		name, body string
		gone       []string
		kept       []string
	}{
		{"bold label", story + "**Related stories**\n\n" + links + "\nSign up to the Example Daily morning briefing, free every weekday at 7am.\n",
			[]string{"named nurse in every school", "private autism assessments", "morning briefing"}, []string{"Waits for a first speech therapy"}},
		{"heading", story + "## More on this story\n\n" + links,
			[]string{"named nurse in every school", "private autism assessments"}, []string{"Waits for a first speech therapy"}},
		// Near misses.
		{"other heading", story + "## What families told us\n\n" + links,
			nil, []string{"named nurse in every school", "private autism assessments"}},
		{"words beside the link", story + "**Related stories**\n\n- Families told us they are paying for private autism assessments: [read the story](https://example.org/news/autism)\n",
			nil, []string{"paying for private autism assessments"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, it := range extract.Extract(parseBody(t, "Example Daily", c.body)) {
				got = append(got, it.Text)
			}
			joined := strings.Join(got, "\n")
			for _, g := range c.gone {
				if strings.Contains(joined, g) {
					t.Errorf("%q kept: %q", g, got)
				}
			}
			for _, k := range c.kept {
				if !strings.Contains(joined, k) {
					t.Errorf("%q lost: %q", k, got)
				}
			}
		})
	}
}
