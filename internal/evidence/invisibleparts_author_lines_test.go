package evidence

import "testing"

// TestCleanAuthorLineInvisibleBeforeCapitalParts: a zero-width space, a
// word joiner or another invisible format character between two
// capitalised words of an author parts them, as a soft hyphen does
// (SoftHyphenParts, the one rule); inside a word, lower case after, it is
// read as nothing (hostile check 50 (leftovers)).
func TestCleanAuthorLineInvisibleBeforeCapitalParts(t *testing.T) {
	for in, want := range map[string]string{
		"Jane\u200bSmith":              "Jane Smith",
		"Jane\u2060Smith":              "Jane Smith",
		"Jane\u200b\u200dSmith":        "Jane Smith",
		"Jane\u00adSmith":              "Jane Smith",
		"Jane \u200bSmith":             "Jane Smith",
		"Ander\u00adson":               "Anderson",
		"Ander\u200bson Lee":           "Anderson Lee",
		"\u200bJane Smith":             "Jane Smith",
		"Mira\u200bCastell; Tom Ashby": "Mira Castell; Tom Ashby",
	} {
		got, changed := CleanAuthorLine(in)
		if got != want || !changed {
			t.Errorf("CleanAuthorLine(%q) = %q, %v; want %q, true", in, got, changed, want)
		}
	}
	if got := Authors(func() string { s, _ := CleanAuthorLine("Jane\u200bSmith"); return s }()); len(got) != 1 || got[0] != "Jane Smith" {
		t.Errorf("Authors of cleaned \"Jane\\u200bSmith\" = %q, want [Jane Smith]", got)
	}
}
