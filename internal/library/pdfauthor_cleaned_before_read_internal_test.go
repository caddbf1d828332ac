package library

import "testing"

// A PDF's Author naming a person with their body is cited as the body,
// whatever invisible or control characters the field holds: they stopped
// the bracket pattern matching (a zero-width space after the bracket) or
// the name reading as a person's (an escape sequence inside it), and the
// person's name and all became the publisher.
func TestPDFAuthorCleanedBeforeItIsRead(t *testing.T) {
	for _, author := range []string{
		"Jane Smith (Westmere Borough Council)",
		"Jane Smith (Westmere Borough Council)\u200b",
		"Jane\x1b[2J Smith (Westmere Borough Council)",
		"\u202eJane Smith\n(Westmere Borough Council)",
	} {
		var im Imported
		_, publisher, _ := pickMeta(&im, map[string]string{"Author": author}, docMeta{})
		if publisher != "Westmere Borough Council" {
			t.Errorf("Author %q: publisher %q, want %q", author, publisher, "Westmere Borough Council")
		}
	}
}
