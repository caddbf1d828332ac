package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestBodyLeadersAreTheirBody: "ICB leaders should work with providers to"
// asks the ICBs, the body whose leaders are named, not the partners they
// are to work with; leaders of no body named keep every body the
// sentence names. Written for this test.
func TestBodyLeadersAreTheirBody(t *testing.T) {
	cases := []struct {
		sentence string
		want     []evidence.Actor
	}{
		{"ICB leaders should work with providers to cut waits for speech therapy assessments.", []evidence.Actor{evidence.ICBs}},
		{"Council leaders must work with schools to reduce exclusions of autistic pupils.", []evidence.Actor{evidence.LocalAuthorities}},
		// Near-miss.
		{"The ICB should work with providers and schools to cut waits for speech therapy assessments.", []evidence.Actor{evidence.ICBs}},
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
