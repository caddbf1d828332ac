package extract_test

import (
	"slices"
	"testing"
)

// Round 20 (asks): shapes of asks that web pages and e-mails written for
// the round held and the rules missed, each in sentences written for these
// tests, with near-misses.

// TestWantHeadingItemsNameTheirBody holds items under a heading of what is
// wanted that say whom they ask themselves: a body in the infinitive with a
// verb of telling, a body named as the one to pay or agree, and noun
// phrases under "What needs to happen".
func TestWantHeadingItemsNameTheirBody(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a service in the infinitive, telling", "## Our asks\n\n- CAMHS to tell schools and parents, with consent, when a child is discharged.\n",
			[]string{"|CAMHS to tell schools and parents, with consent, when a child is discharged.|Trusts"}},
		{"the body that is to pay", "## Our asks\n\n- A parent carer place on each working group, with travel costs paid by the council.\n",
			[]string{"|A parent carer place on each working group, with travel costs paid by the council.|Local authorities"}},
		{"noun phrases under what needs to happen", "## What needs to happen\n\n- A funding settlement for children's hospices that lasts several years, agreed between NHS England and the Department of Health and Social Care.\n",
			[]string{"|A funding settlement for children's hospices that lasts several years, agreed between NHS England and the Department of Health and Social Care.|DHSC,NHSE"}},
		// Near-misses.
		{"a person who is to write, no body", "## Our asks\n\n- Therapy advice in every plan written by a therapist who has met the child.\n",
			[]string{"|Therapy advice in every plan written by a therapist who has met the child.|"}},
		{"findings under a lead-in of their own", "## What needs to happen\n\nParents told us:\n\n- a long wait for a first appointment\n", nil},
		{"findings under a heading of what needs to happen next week", "## What needs to happen by Friday\n\n- a room booked for the meeting\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}
