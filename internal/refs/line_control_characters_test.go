package refs

import "testing"

// TestLineOfAValueHoldingAControlCharacter: a record's URL holding a
// control character is found at its line however the record escapes it
// (JSON's \u0007 or \b, or the byte as it is in RIS and BibTeX), so the
// warning that cleans it says where. Before, a JSON record's was line 0:
// the value as read holds the byte, the file its escape.
func TestLineOfAValueHoldingAControlCharacter(t *testing.T) {
	for _, c := range []struct {
		data, value string
		want        int
	}{
		{"{\n  \"title\": \"T\",\n  \"URL\": \"https://example.org/a\\u0007b\"\n}\n", "https://example.org/a\ab", 3},
		{"{\n  \"title\": \"T\",\n\n  \"URL\": \"https:\\/\\/example.org\\/a\\u001Bb\"\n}\n", "https://example.org/a\x1bb", 4},
		{"[{\"title\": \"T\",\n\"URL\": \"https://example.org/a\\bb\"}]", "https://example.org/a\bb", 2},
		{"TY  - RPRT\nTI  - T\nUR  - https://example.org/a\x07b\nER  - \n", "https://example.org/a\ab", 3},
		{"@misc{k,\n  title = {T},\n  url = {https://example.org/a\u200bb},\n}\n", "https://example.org/a\u200bb", 3},
	} {
		if got := Line([]byte(c.data), c.value); got != c.want {
			t.Errorf("%q in %q: line %d, want %d", c.value, c.data, got, c.want)
		}
	}
}
