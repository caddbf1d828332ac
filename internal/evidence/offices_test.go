package evidence

import "testing"

// TestOfficesAreNotPeers: a title before an office ("Lord Mayor of
// London", "Lord Lieutenant of Kent", "Lord Chief Justice of England and
// Wales") names the office, cited whole as a body is, while a peer's
// territorial designation ("Lord Darzi of Denham") still names a person.
// Before: the office was read as a peer, its surname "Mayor".
func TestOfficesAreNotPeers(t *testing.T) {
	for _, office := range []string{"Lord Mayor of London", "Lord Lieutenant of Kent", "Lord Chief Justice of England and Wales", "Lady Mayoress of Leeds", "Lord Provost of Glasgow"} {
		if !Corporate(office) {
			t.Errorf("%q is not read as an office", office)
		}
		if family, given := SplitName(office); family != office || given != "" {
			t.Errorf("SplitName(%q) = %q, %q; want the office whole", office, family, given)
		}
	}
	if Corporate("Lord Darzi of Denham") {
		t.Error(`"Lord Darzi of Denham" is read as a body`)
	}
}
