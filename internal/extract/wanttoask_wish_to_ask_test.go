package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestWishToAskABody: "may want to urge the government to" asks the
// government, as "may wish to urge" did, the wish no longer hiding the
// verb of asking after it; parents who want to ask, and a wish to ask
// a question, ask no body. Written for this test.
func TestWishToAskABody(t *testing.T) {
	cases := []struct {
		sentence string
		want     []evidence.Actor
		ask      bool
	}{
		{"The panel may also want to urge the government to restore the public health grant.", []evidence.Actor{evidence.Government}, true},
		{"Members may also want to ask the ICB to fund more school nurses.", []evidence.Actor{evidence.ICBs}, true},
		// Near-misses.
		{"Parents want to ask the council to open the clinic on Saturdays.", nil, false},
		{"You may want to ask about the new clinic at the next forum.", nil, false},
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
