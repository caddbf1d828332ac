package library

import "testing"

// TestBodyBylineSharesTheTagsWords: a body's byline and an author tag
// read one list of the words before "by" (bylineWords): "Authored by Mira
// Castell" is a byline in a page's body, a furniture line, as "Written by"
// is, and in the tag. Before, the body's list had no "authored" (hostile
// check 51). Invented names.
func TestBodyBylineSharesTheTagsWords(t *testing.T) {
	for _, line := range []string{"Authored by Mira Castell", "authored by Mira Castell", "Written by Mira Castell", "Updated by Mira Castell"} {
		m := bylineRe.FindStringSubmatch(line)
		if m == nil || m[1] != "Mira Castell" {
			t.Errorf("%q: body byline %q, want the name Mira Castell", line, m)
		}
		if !isFurnitureText(line) {
			t.Errorf("%q not read as furniture", line)
		}
		if author, _ := tagAuthors(line); author != "Mira Castell" {
			t.Errorf("%q: tag author %q", line, author)
		}
	}
	// A sentence opening with the words is no byline.
	for _, line := range []string{"Authored by the council, the plan set out 12 actions.", "Published by 2030, the strategy will cover every district."} {
		if bylineRe.MatchString(line) {
			t.Errorf("%q read as a byline", line)
		}
	}
}
