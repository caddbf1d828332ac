package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAChatDigestsPosterLabelIsTheSpeakerNotAWordOfTheItem: a message in a
// chat digest opening with its poster's name and body in brackets and a
// colon ("Name (Body): ...") keeps the label out of its items, which
// carry it as their speaker. Near misses: the name and body doing
// something in the sentence, a heading's abbreviation in brackets, a
// lower-case word after the colon. Every sentence is written for this
// test.
func TestAChatDigestsPosterLabelIsTheSpeakerNotAWordOfTheItem(t *testing.T) {
	type item struct{ text, speaker string }
	cases := []struct {
		name, body string
		want       []item
	}{
		{"ask after the label",
			"Ruth Kamara (Northdale Parent Carer Forum): We would ask that the council publishes its therapy waits every quarter.\n",
			[]item{{"We would ask that the council publishes its therapy waits every quarter.", "Ruth Kamara, Northdale Parent Carer Forum"}}},
		{"title, figure after the label, two sentences",
			"Dr Owen Hale (Eastmere Community Health Trust): Update on staffing: 4 of our school nurses left in the spring.\nAgency cover now costs about £12,000 a month.\n",
			[]item{{"Update on staffing: 4 of our school nurses left in the spring.", "Dr Owen Hale, Eastmere Community Health Trust"}, {"Agency cover now costs about £12,000 a month.", "Dr Owen Hale, Eastmere Community Health Trust"}}},
		// Near misses.
		{"name and body doing something",
			"Ruth Kamara (Northdale Parent Carer Forum) said 60% of families had waited more than a year.\n",
			[]item{{"Ruth Kamara (Northdale Parent Carer Forum) said 60% of families had waited more than a year.", ""}}},
		{"abbreviation in brackets",
			"Mental Health (CAMHS): The service saw 1,200 new referrals in the year.\n",
			[]item{{"Mental Health (CAMHS): The service saw 1,200 new referrals in the year.", ""}}},
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
