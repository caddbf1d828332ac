package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestCitesTheWorkPointedBackTo: "In the same survey, ..." cites the body
// the statistic before it cited, and "Its annual survey found ..." the
// body the item before it cited; after a statistic citing no one (the
// publisher's own survey) neither cites anyone. "analysis for the ACT by
// Fenwick Economics" cites Fenwick Economics. Before: no one.
func TestCitesTheWorkPointedBackTo(t *testing.T) {
	cases := []struct {
		before, s, want string
	}{
		{"NHS England's latest survey found that roughly one in five children aged 8 to 16 had a probable mental disorder.",
			"In the same survey, rates were higher among those aged 17 to 19, at around one in four.", "NHS England"},
		{"The Institute of Health Visiting says caseloads of more than 500 children are now common in some areas.",
			"Its annual survey found that only 1 in 3 health visitors felt able to offer every family the five mandated reviews.", "Institute of Health Visiting"},
		{"In our own survey of 212 families, 68% said they had been offered no support.",
			"In the same survey, 41% said they had paid for a private assessment.", ""},
		{"We asked 212 families about their waits and 68% said they had been offered no support.",
			"Its annual survey found that only 1 in 3 families felt listened to.", ""},
		{"The borough has grown quickly over the last decade.",
			"New analysis for the ACT by Fenwick Economics estimates that the change would cost around £95 million a year.", "Fenwick Economics"},
	}
	for _, c := range cases {
		items := extract.Extract(parseBody(t, "Marrowby Council", "## Context\n\n"+c.before+" "+c.s+"\n"))
		found := false
		for _, it := range items {
			if it.Text == c.s {
				found = true
				if it.Cites != c.want {
					t.Errorf("%q cites %q, want %q", c.s, it.Cites, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q is no item", c.s)
		}
	}
}
