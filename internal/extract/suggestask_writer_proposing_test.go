package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestWriterProposingAnAsk: the writer proposing that the group ask a
// body named by its work ("I'd suggest we ask the provider collaborative
// to ...") asks that body, as "We ask the provider collaborative to" does,
// and an ask stays one with a question of when to talk it over after a
// dash; a proposal that the group meet, a finding before such a question
// and a body's own suggestion reported ask no one. Written for this test.
func TestWriterProposingAnAsk(t *testing.T) {
	cases := []struct {
		sentence string
		want     []evidence.Actor
		ask      bool
	}{
		{"I'd suggest we ask the provider collaborative to protect clinic time for children this winter.", []evidence.Actor{evidence.Trusts}, true},
		{"I propose that we ask the provider collaborative to keep a clinic list for children at both hospitals.", []evidence.Actor{evidence.Trusts}, true},
		{"We ask the trusts to protect clinic time for children - can we talk about it at the forum on 3 May?", []evidence.Actor{evidence.Trusts}, true},
		// Near-misses.
		{"The waits have grown again - can we discuss them at the forum on 3 May?", nil, false},
		{"I'd suggest we meet again in March to look at the figures.", nil, false},
		{"The provider collaborative has suggested that the board meets in March.", nil, false},
	}
	for _, c := range cases {
		body := "Dear Sam,\n\nThe clinic opened in the spring.\n\n" + c.sentence + "\n\nBest wishes,\nJo\n"
		got, asked := []evidence.Actor(nil), false
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			if it.Kind == evidence.Recommendation && it.Text == c.sentence {
				asked, got = true, it.Actors
			}
		}
		if asked != c.ask || c.ask && !slices.Equal(got, c.want) {
			t.Errorf("%q: ask %v %v, want %v %v", c.sentence, asked, got, c.ask, c.want)
		}
	}
}
