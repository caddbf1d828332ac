package library

import "testing"

// TestLogInToReadOurFullIsFurniture: a members-only panel's "Log in to
// read our full analysis of ..." is furniture, as "Log in to read the
// full report" is; a sentence about logging in that reports a finding is
// not.
func TestLogInToReadOurFullIsFurniture(t *testing.T) {
	if !isFurnitureText("Log in to read our full analysis of practice-level waiting times for community paediatrics.") {
		t.Error("the members' log-in line not read as furniture")
	}
	if isFurnitureText("Parents who log in to read their child's record found that 30% of entries were missing.") {
		t.Error("a finding read as furniture")
	}
}
