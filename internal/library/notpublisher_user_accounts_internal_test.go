package library

import "testing"

// TestUserAccountsAreNoPublisher: the accounts a file is saved under
// ("Office RPB", "RPB Admin", "School Office", "Reception") and a
// person's initials ("J. S.", "J S") name no body; a body's office named
// in words ("Home Office", "Office for National Statistics", "National
// Audit Office") and a body's acronym ("NICE") still do.
func TestUserAccountsAreNoPublisher(t *testing.T) {
	for _, n := range []string{"Office RPB", "RPB Admin", "RPB Office", "School Office", "Reception", "Admin", "J. S.", "J S"} {
		if !notPublisher(n) {
			t.Errorf("%q: a publisher, want none", n)
		}
	}
	for _, n := range []string{"Home Office", "Cabinet Office", "Office for National Statistics", "National Audit Office", "Office of the Children's Champion", "NICE", "Rowan Park School"} {
		if notPublisher(n) {
			t.Errorf("%q: no publisher, want one", n)
		}
	}
}
