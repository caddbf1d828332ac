package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAQuotationsLeadInIsNoItemAndItsSpeakerGoesOnTheQuotation: a paragraph
// that only introduces the quotation in the paragraph under it ("Dr X, the
// trust's …, said:") makes no item; every item of the quotation carries
// the speaker it names. A lead-in saying something itself, one over no
// quotation and a quotation under no lead-in name no speaker. Every
// sentence is written for this test.
func TestAQuotationsLeadInIsNoItemAndItsSpeakerGoesOnTheQuotation(t *testing.T) {
	type item struct{ text, speaker string }
	cases := []struct {
		name, body string
		want       []item
	}{
		{"post after a comma",
			"Dr Nia Bell, the trust's Clinical Director for Children, said:\n\n“Young people tell us the wait is the hardest part. We have to do better for them.”\n",
			[]item{{"“Young people tell us the wait is the hardest part. We have to do better for them.”", "Dr Nia Bell, the trust's Clinical Director for Children"}}},
		{"two speakers, straight quotes, a figure in the quotation",
			"Sam Ortiz and Priya Nair, Co-Chairs of the Northmoor Parent Carer Forum, said:\n\n\"Over 300 families answered our survey. Most had waited more than a year.\"\n",
			[]item{{"\"Over 300 families answered our survey.", "Sam Ortiz and Priya Nair, Co-Chairs of the Northmoor Parent Carer Forum"}, {"Most had waited more than a year.\"", "Sam Ortiz and Priya Nair, Co-Chairs of the Northmoor Parent Carer Forum"}}},
		{"emphasised quotation, added",
			"Councillor Tom Reed added:\n\n*“Every school in the borough will have a named nurse by September, as parents have asked.”*\n",
			[]item{{"*“Every school in the borough will have a named nurse by September, as parents have asked.”*", "Councillor Tom Reed"}}},
		// Near-misses.
		{"lead-in with a finding",
			"Dr Ada Lee said 30% of referrals were turned away, and added:\n\n“We cannot go on turning children away at the door of the service.”\n",
			[]item{{"Dr Ada Lee said 30% of referrals were turned away, and added:", ""}, {"“We cannot go on turning children away at the door of the service.”", ""}}},
		{"lead-in over no quotation",
			"Dr Nia Bell, the trust's Clinical Director for Children, said:\n\nThe service will open two new clinics in the west of the county next spring.\n",
			[]item{{"The service will open two new clinics in the west of the county next spring.", ""}}},
		{"quotation under no lead-in",
			"The forum has heard from families across the county this year.\n\n“Young people tell us the wait is the hardest part of the whole thing.”\n",
			[]item{{"The forum has heard from families across the county this year.", ""}, {"“Young people tell us the wait is the hardest part of the whole thing.”", ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []item
			for _, it := range extract.Extract(parseBody(t, "P", c.body)) {
				got = append(got, item{it.Text, it.Speaker})
			}
			if len(got) != len(c.want) {
				t.Fatalf("items:\n got %q\nwant %q", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("item %d:\n got %q\nwant %q", i, got[i], c.want[i])
				}
			}
		})
	}
}
