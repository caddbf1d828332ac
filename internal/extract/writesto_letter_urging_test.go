package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestLetterUrgingThatAsksItsAddressee: a committee's letter to a body
// "asking that" (or "urging that") something happen asks the body written
// to, not the bodies the clause names; with no letter, the clause's
// bodies stay. Written for this test.
func TestLetterUrgingThatAsksItsAddressee(t *testing.T) {
	cases := []struct {
		sentence string
		want     []evidence.Actor
	}{
		{"The Panel wrote to the Secretary of State for Health and Social Care asking that schools in Marlbury keep their school nurses.", []evidence.Actor{evidence.Government}},
		{"The Committee has written to the integrated care board asking that schools get a named mental health lead.", []evidence.Actor{evidence.ICBs}},
		// Near-miss.
		{"The Committee is asking that schools get a named mental health lead.", []evidence.Actor{evidence.Schools}},
	}
	for _, c := range cases {
		body := "The review is finished.\n\n" + c.sentence + "\n"
		var got []evidence.Actor
		found := false
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			if it.Kind == evidence.Recommendation && it.Text == c.sentence {
				found, got = true, it.Actors
			}
		}
		if !found || !slices.Equal(got, c.want) {
			t.Errorf("%q: recommendation %v, actors %v, want %v", c.sentence, found, got, c.want)
		}
	}
}
