package extract_test

import (
	"strings"
	"testing"
)

// TestStatedPlanIsNoAsk: a list item saying what a body will do ("The
// network will publish its plan in spring.") under a heading of
// recommendations, of what needs to happen or of asks is the body's
// plan, not an ask of it (red-team round 20). Before, it was a
// recommendation like the asks beside it. Wants told as a future ("Every
// school will have …"), asks in the future ("ICBs will need to …") and
// items that ask besides stay recommendations.
func TestStatedPlanIsNoAsk(t *testing.T) {
	for _, heading := range []string{"Recommendations", "What needs to happen", "Our asks"} {
		for _, list := range []string{"1. %s\n2. NHS England should fund school nurses.\n", "- %s\n- NHS England should fund school nurses.\n"} {
			for _, c := range []struct {
				item string
				ask  bool
			}{
				{"The network will publish its plan in spring.", false},
				{"The council will open two new family hubs next year.", false},
				{"Our partnership board will also review the pathway in March.", false},
				{"The network is going to publish its plan in spring.", false},
				{"The network plans to publish its plan in spring.", false},
				{"The network will be publishing its plan in spring.", false},
				{"In spring, the network will publish its plan for families.", false},
				{"Every school will have a mental health lead.", true},
				{"ICBs will need to fund school nursing.", true},
				{"The network will publish its plan, and ICBs should fund it.", true},
			} {
				if c.item[0] == 'E' && list[0] == '-' && heading == "Recommendations" {
					// A bullet of a want under this heading was no
					// ask before either: only plans changed.
					continue
				}
				body := "## " + heading + "\n\n" + strings.Replace(list, "%s", c.item, 1)
				got := recs(t, body)
				found := false
				for _, r := range got {
					found = found || strings.Contains(r, c.item)
				}
				if found != c.ask {
					t.Errorf("%q under %q: a recommendation %v, want %v (%q)", c.item, heading, found, c.ask, got)
				}
				if len(got) == 0 || !strings.Contains(got[len(got)-1], "NHS England should fund") {
					t.Errorf("%q under %q: the ask beside it was lost (%q)", c.item, heading, got)
				}
			}
		}
	}
}
