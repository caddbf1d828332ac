package extract_test

import (
	"strings"
	"testing"
)

// TestDutiesAskedForAndJointMustsAreAsks: a sentence asking for a duty to
// be made ("calling on the Government to make ... a statutory duty",
// "introduce a legal duty") asks the body, where a duty stated ("the
// council has a statutory duty to") describes the law; "The ICB and the
// council must agree" asks two bodies named together, where "the council
// must" alone reads as the duty of each council; an ICB's place
// partnerships are the ICB's (set 82). Before, each ask was an excerpt.
func TestDutiesAskedForAndJointMustsAreAsks(t *testing.T) {
	cases := []struct{ in, want string }{
		{"We are calling on the Government to make school nursing a statutory duty in every area of England.", "Government"},
		{"Ministers should introduce a legal duty on schools to offer a counsellor to every pupil.", "Government"},
		{"The ICB and the council must also agree a joint plan for the speech therapy workforce this year.", "ICBs,Local authorities"},
		{"Place partnerships should review the two-week access measure every month alongside the gap between wards.", "ICBs"},
		{"The council has a statutory duty to publish its local offer and review it every year.", ""},
		{"The local authority must issue the final plan within 20 weeks of the request for an assessment.", ""},
	}
	for _, c := range cases {
		got := recs(t, c.in)
		switch {
		case c.want == "" && len(got) > 0:
			t.Errorf("%q read as an ask: %v", c.in, got)
		case c.want != "" && len(got) != 1:
			t.Errorf("%q: %d asks, want one", c.in, len(got))
		case c.want != "" && !strings.HasSuffix(got[0], "|"+c.want):
			t.Errorf("%q: %q, want actors %s", c.in, got[0], c.want)
		}
	}
}
