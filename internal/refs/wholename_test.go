package refs_test

import (
	"testing"

	"github.com/cypx/cypx/internal/refs"
)

// TestAuthorWrittenFirstNameFirstIsKept: a RIS author with no comma
// ("Jo Bloggs", as some reference managers write a person) beside a
// publisher is kept whole as an author, as a body named with a trailing
// comma is. Before, it was taken for an organisation and dropped because
// a publisher was set, with no word: the citation lost its author.
func TestAuthorWrittenFirstNameFirstIsKept(t *testing.T) {
	cases := []struct{ text, author, publisher string }{
		{"TY  - RPRT\r\nTI  - Title\r\nAU  - Jo Bloggs\r\nPB  - Pub\r\nPY  - 2024\r\nER  - \r\n", "Jo Bloggs", "Pub"},
		{"TY  - RPRT\r\nTI  - Title\r\nAU  - Bloggs, Jo\r\nAU  - Sam Lee\r\nPB  - Pub\r\nPY  - 2024\r\nER  - \r\n", "Jo Bloggs; Sam Lee", "Pub"},
		// The publisher named again among the authors is said once.
		{"TY  - RPRT\r\nTI  - Title\r\nAU  - NHS Providers\r\nPB  - NHS Providers\r\nPY  - 2024\r\nER  - \r\n", "", "NHS Providers"},
		// With no publisher, a whole name is the publisher, as before.
		{"TY  - RPRT\r\nTI  - Title\r\nAU  - NHS Providers\r\nPY  - 2024\r\nER  - \r\n", "", "NHS Providers"},
	}
	for _, c := range cases {
		got, err := refs.Read("m.ris", []byte(c.text))
		if err != nil {
			t.Fatalf("%q: %v", c.text, err)
		}
		if got.Author != c.author || got.Publisher != c.publisher {
			t.Errorf("%q: author %q, publisher %q; want %q, %q", c.text, got.Author, got.Publisher, c.author, c.publisher)
		}
	}
}
