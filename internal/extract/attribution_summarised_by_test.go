package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestResearchSummarisedByABodyCitesIt: "Research summarised by <Body>
// suggests that ..." and "Evidence gathered by <Body> shows" cite the body
// that brought the work together, as "Research by <Body>" does; research
// summarised by no body named cites none. Before: no body was cited (set
// 84 spent).
func TestResearchSummarisedByABodyCitesIt(t *testing.T) {
	cases := []struct{ s, want string }{
		{"Research summarised by the Royal College of Nursing suggests that around 40% of school nurses work alone.", "Royal College of Nursing"},
		{"Evidence gathered by the Children's Society shows that 30% of young carers miss school each week.", "Children's Society"},
		{"Research summarised in our last bulletin suggests that around 40% of school nurses work alone.", ""},
	}
	for _, c := range cases {
		found := false
		items := extract.Extract(parseBody(t, "Marrowby Council", "## Context\n\nThe borough has grown quickly over the last decade.\n\n"+c.s+"\n"))
		for _, it := range items {
			if it.Text == c.s {
				found = true
				if it.Cites != c.want {
					t.Errorf("%q cites %q, want %q", c.s, it.Cites, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q not an item", c.s)
		}
	}
}
