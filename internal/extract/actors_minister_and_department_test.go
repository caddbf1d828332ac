package extract_test

import (
	"strings"
	"testing"
)

// TestTheMinisterAndTheDepartment: "the Minister" asked is the
// Government, as ministers are; "The Department should ..." in a paper
// that names the Department of Health and Social Care and no other
// department asks DHSC, while in a paper naming the Department for
// Education as well it gains no actor. Before: Other for the minister, no
// actor for the Department. Every sentence is written for this test.
func TestTheMinisterAndTheDepartment(t *testing.T) {
	minister := recs(t, "## Casework\n\nI have written to the Minister and called on the Minister to publish therapy waits for every area each quarter.\n")
	if len(minister) != 1 || !strings.HasSuffix(minister[0], "|Government") {
		t.Errorf("the Minister: %q, want one ask of the Government", minister)
	}
	const asks = "We recommend that:\n\n- a) NHS England should report children's waits each month;\n- b) the Department should make sure the workforce plan counts children's nurses.\n"
	dhsc := "## Recommendations\n\nThis review looks at how the Department of Health & Social Care (the Department) plans children's care.\n\n" + asks
	both := "## Recommendations\n\nThis review looks at how the Department of Health and Social Care and the Department for Education plan children's care.\n\n" + asks
	for _, c := range []struct {
		name, body, want string
	}{
		{"DHSC alone", dhsc, "DHSC"},
		{"two departments", both, ""},
	} {
		var got string
		found := false
		for _, r := range recs(t, c.body) {
			if strings.HasPrefix(r, "b|") {
				got, found = r[strings.LastIndex(r, "|")+1:], true
			}
		}
		if !found || got != c.want {
			t.Errorf("%s: the Department's ask found %v, actors %q, want %q", c.name, found, got, c.want)
		}
	}
}
