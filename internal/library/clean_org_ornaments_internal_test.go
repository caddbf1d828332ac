package library

import "testing"

// TestCleanOrgDropsAMastheadsOrnaments: a masthead's name set between
// ornaments ("✠ St Aidan's Primary School ✠", "★ Westby Forum ★") is the
// name; a line that is ornaments alone names nothing. Before (held-out
// set 100), the cross before the name made it no name, and the school's
// newsletter was refused for want of a publisher.
func TestCleanOrgDropsAMastheadsOrnaments(t *testing.T) {
	for in, want := range map[string]string{
		"✠ St Aidan’s C of E Primary School ✠": "St Aidan’s C of E Primary School",
		"★ Westby Parent Carer Forum ★":        "Westby Parent Carer Forum",
		"✠ ✠ ✠":                                "",
		"Westby Primary School":                "Westby Primary School",
	} {
		if got := cleanOrg(in); got != want {
			t.Errorf("cleanOrg(%q) = %q, want %q", in, got, want)
		}
	}
}
