package extract_test

import (
	"slices"
	"testing"
)

// TestHospitalIsItsTrust holds asks of a hospital, named ("Ashvale
// General Hospital should") or not ("urges the hospital trust to", "The
// children's hospital must"): each asks the Trusts. A hospital named
// only as where another body acts ("fund two more beds at Ashvale
// General Hospital") is no actor.
func TestHospitalIsItsTrust(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a named hospital", "## Recommendations\n\n1. Ashvale General Hospital should give every child on the surgical waiting list a named contact.\n",
			[]string{"1|Ashvale General Hospital should give every child on the surgical waiting list a named contact.|Trusts"}},
		{"the hospital trust urged", "The report also urges the hospital trust to open a quiet room for young people waiting in the emergency department.\n",
			[]string{"|The report also urges the hospital trust to open a quiet room for young people waiting in the emergency department.|Trusts"}},
		{"the children's hospital", "The children's hospital must publish its waits for every clinic.\n",
			[]string{"|The children's hospital must publish its waits for every clinic.|Trusts"}},
		// Near-misses.
		{"a place", "## Recommendations\n\n1. The ICB should fund two more beds at Ashvale General Hospital.\n",
			[]string{"1|The ICB should fund two more beds at Ashvale General Hospital.|ICBs"}},
		{"a view", "Parents said the hospital should let them stay overnight.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}
