package extract_test

import (
	"strings"
	"testing"
)

// TestBodyRecommendedThatAsks: a body named as having recommended that
// another act ("The Youth Forum recommended that the trust open its clinic
// on Saturdays", "Healthwatch Eldham recommended that the council
// publishes ...") asks that body, as "recommends that" does, whatever
// figure the ask holds; a person's advice to one patient ("Her GP
// recommended that she try melatonin first") asks no body.
func TestBodyRecommendedThatAsks(t *testing.T) {
	for in, want := range map[string]string{
		"The Youth Forum recommended that the trust open its clinic on Saturdays.":                                       "Trusts",
		"Healthwatch Eldham recommended that the council publishes how many families its health visitors see each year.": "Local authorities",
		"The Children's Partnership Board recommended that providers phone every family waiting over 40 weeks to help.":  "Trusts",
	} {
		got := recs(t, in)
		if len(got) != 1 || !strings.HasSuffix(got[0], "|"+want) {
			t.Errorf("%q: recommendations %q, want one asking %s", in, got, want)
		}
	}
	for _, in := range []string{
		"Her GP recommended that she try melatonin first.",
		"The paediatrician recommended that Sam see a dietitian.",
	} {
		if got := recs(t, in); len(got) != 0 {
			t.Errorf("%q: recommendations %q, want none", in, got)
		}
	}
}
