package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestWrittenToAskingIt: the writer's letter to a body "asking it to" act
// asks that body, as "urging it to" does; a body that wrote asking for
// something, and the writer asking "it" with no letter before, are left as
// they were. Written for this test.
func TestWrittenToAskingIt(t *testing.T) {
	cases := []struct {
		sentence string
		want     []evidence.Actor
		ask      bool
	}{
		{"We have written to NHS Westfold ICB asking it to publish waiting times for speech therapy every month.", []evidence.Actor{evidence.ICBs}, true},
		{"I wrote to the trust asking it to open the asthma clinic on Saturdays.", []evidence.Actor{evidence.Trusts}, true},
		// Near-misses.
		{"Families have written to us asking when the clinic will reopen.", nil, false},
		{"The forum wrote to parents in May asking them to fill in the survey.", nil, false},
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
