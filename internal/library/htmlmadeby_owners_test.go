package library

import "testing"

// A board made on a hosting tool names its maker only in the page's
// description: the maker publishes it, the tool does not.
func TestMadeByOwner(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Made with Padlet by Tarnside Youth Forum", "Tarnside Youth Forum"},
		{"Created on Canva by Wexmoor Parent Carer Forum.", "Wexmoor Parent Carer Forum"},
		{"Made with Padlet by Jane Okafor", ""},
		{"Made with love in Wexmoor", ""},
		{"A board for young people to share their views", ""},
	} {
		if got := madeByOwner(c.in); got != c.want {
			t.Errorf("madeByOwner(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
