package extract_test

import (
	"slices"
	"testing"
)

// TestLawsAccountIsNoAsk holds a paragraph giving an account of the law:
// a "should" after the duty a named Act states, and a "must" that the
// next sentence calls a statutory duty, are the law's, not the report's
// asks. Written for this test; the near-misses, a report's own ask after
// the law and a "should" in a paragraph with no law, still ask.
func TestLawsAccountIsNoAsk(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"after a duty under an Act", "Under section 20 of the Childcare Act 2016, councils must secure enough early years places. Providers should make sure that each child who needs one has a support plan.\n", nil},
		{"named a duty after", "Councils must assess every young carer who asks for an assessment. That is a statutory duty. Few carers know they can ask.\n", nil},
		// Near-misses.
		{"an ask after the law", "Under section 20 of the Childcare Act 2016, councils must secure enough early years places. We recommend that the council publishes a sufficiency plan every year.\n",
			[]string{"|We recommend that the council publishes a sufficiency plan every year.|Local authorities"}},
		{"no law", "Waits have grown for three years. Providers should make sure that each child who needs one has a support plan.\n",
			[]string{"|Providers should make sure that each child who needs one has a support plan.|Trusts"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}
