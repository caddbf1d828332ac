package extract_test

import (
	"slices"
	"testing"
)

// TestWriterShouldAskANamedBody: the writer proposing that the group ask
// a body named by its own name ("We should ask Larch Community Trust
// to", "I think we should ask Fenby Partnership Trust to ..., and I'll
// raise it") is a recommendation, as "We would ask" is; since round 87
// it is addressed to the writer's body, the one to ask (here the
// publisher "P", of no known kind: Other), not the trust it is to ask
// (internal/quality's conventions). Asking a person asks no body.
func TestWriterShouldAskANamedBody(t *testing.T) {
	cases := []struct{ in, want string }{
		{"We should ask Larch Community Trust to send every family on the list a named contact by text.\n", "Other"},
		{"I think we should ask Fenby Partnership Trust to text every young person a named contact, and I'll raise it at the contract meeting.\n", "Other"},
		{"We should ask Sarah Jones to send the figures before Friday.\n", ""},
		{"I think we should ask Tom to chair the next meeting.\n", ""},
	}
	for _, c := range cases {
		got := recs(t, c.in)
		var want []string
		if c.want != "" {
			want = []string{"|" + c.in[:len(c.in)-1] + "|" + c.want}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", c.in, got, want)
		}
	}
}
