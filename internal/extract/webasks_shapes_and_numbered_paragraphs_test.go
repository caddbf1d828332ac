package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestWebAskShapes holds the shapes in which web pages nobody tuned for
// stated asks that the rules missed (round 17), each in sentences written
// for this test: guidance's expectations ("are expected to", "will need
// to", "Services should"), lead-ins that say whose the list is in other
// words ("what the council expects from schools:", "X, for their part,
// need to:", "young carers need:", a heading ending "should:"), asks
// quoted or reported in news, a belief stated as an ask and a "For"
// column; with near-misses.
func TestWebAskShapes(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"an aside between the bodies and the modal of a lead-in", "Councils, in turn, should:\n\n- publish a map of every family hub\n",
			[]string{"|publish a map of every family hub|Local authorities"}},
		{"guidance's expectation of a kind of body", "Integrated care boards are expected to publish a local offer for children's wheelchairs.\n",
			[]string{"|Integrated care boards are expected to publish a local offer for children's wheelchairs.|ICBs"}},
		{"an expectation as a lead-in over noun phrases", "Trusts are expected to have in place by April:\n\n- a named lead for transition\n- a shared care record for every young person\n",
			[]string{"|a named lead for transition|Trusts", "|a shared care record for every young person|Trusts"}},
		{"will need to, of a kind of body", "Providers will need to offer evening appointments in every clinic.\n",
			[]string{"|Providers will need to offer evening appointments in every clinic.|Trusts"}},
		{"services should", "Services should give every family a named contact while they wait.\n",
			[]string{"|Services should give every family a named contact while they wait.|Trusts"}},
		{"what a body expects from others, over a list", "The strategy sets out what the council expects from schools this year:\n\n- a named mental health lead\n- a quiet room for pupils in distress\n",
			[]string{"|a named mental health lead|Schools", "|a quiet room for pupils in distress|Schools"}},
		{"what a group needs, under a heading of asks", "## What needs to change\n\nTo put this right, young carers need:\n\n- a carer's assessment that reaches their school\n",
			[]string{"|a carer's assessment that reaches their school|"}},
		{"a heading that names the body and ends with should", "### NHS England should:\n\n- publish waits for every ICB\n- set a standard for community waits\n",
			[]string{"|publish waits for every ICB|NHSE", "|set a standard for community waits|NHSE"}},
		{"a heading of what we want to see by a year", "## What we want to see by 2030\n\n- a family hub in every town\n",
			[]string{"|a family hub in every town|"}},
		{"a quoted ask with its speaker after", "“Every GP practice should now be checking how often children use their inhalers,” said the clinical lead.\n",
			[]string{"|“Every GP practice should now be checking how often children use their inhalers,” said the clinical lead.|Other"}},
		{"also between the bodies and need to", "Schools also need to keep a spare reliever inhaler in every classroom.\n",
			[]string{"|Schools also need to keep a spare reliever inhaler in every classroom.|Schools"}},
		{"bodies being asked to", "GP practices are also being asked to invite children with asthma for a review.\n",
			[]string{"|GP practices are also being asked to invite children with asthma for a review.|Other"}},
		{"reported: said ministers needed to", "The charity said ministers needed to fund more assessment places.\n",
			[]string{"|The charity said ministers needed to fund more assessment places.|Government"}},
		{"quoted must after said and a colon", "The MP said: “The ICB must stop rationing assessments for children.”\n",
			[]string{"|The MP said: “The ICB must stop rationing assessments for children.”|ICBs"}},
		{"a belief stated as an ask", "We believe that every pupil should be able to see a school nurse each week.\n",
			[]string{"|We believe that every pupil should be able to see a school nurse each week.|Trusts"}}, // the school nurse's provider (round 89's convention on entitlements)
		{"a For column", "## What we want to see\n\n| Recommendation | For | Response |\n|---|---|---|\n| Publish a list of practices taking on children | NHS Wexford ICB | Accepted |\n",
			[]string{"|Publish a list of practices taking on children|ICBs"}},
		// Near-misses.
		{"a body expected to do something next week", "The council is expected to approve the budget at its meeting next week.\n", nil},
		{"demand expected to rise", "Demand for the service is expected to rise again next year.\n", nil},
		{"a named body will need to find savings", "Wexford Council will need to find savings in its public health budget next year.\n", nil},
		{"a lead-in of findings under a heading of asks", "## What needs to change\n\nFamilies told us:\n\n- the wait was far too long for them\n", nil},
		{"a heading of what a body has done", "### What the ICB has done:\n\n- opened two new clinics for children\n", nil},
		{"parents said ministers needed to", "Parents said ministers needed to do more for children waiting for help.\n", nil},
		{"a parent's want", "Mother-of-two Leanne Carter wants the council to give schools more support.\n", nil},
		{"a mum's want", "Mum Jo Evans, whose son waited two years, wants the ICB to act now.\n", nil},
		{"parents being asked to", "Parents are being asked to bring the red book to every appointment.\n", nil},
		{"a belief about the past", "We believe that the trust should have acted far sooner on the warnings.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations of %q:\n got %q\nwant %q", c.body, got, c.want)
			}
		})
	}
}

// TestWantHeadingItemsAskNoOneTheyName holds noun phrases under a
// heading of what the writer wants: the bodies an item is about are not
// asked, and the heading names whom it asks, if anyone.
func TestWantHeadingItemsAskNoOneTheyName(t *testing.T) {
	for body, want := range map[string][]string{
		"## What we want to see\n\n- a school nurse for every secondary school\n":       {"|a school nurse for every secondary school|"},
		"## What we want from the ICB\n\n- a school nurse for every secondary school\n": {"|a school nurse for every secondary school|ICBs"},
	} {
		if got := recs(t, body); !slices.Equal(got, want) {
			t.Errorf("recommendations of %q:\n got %q\nwant %q", body, got, want)
		}
	}
}

// TestSyndicationNoteIsFurniture holds a local news page's note on the
// reporting scheme that paid for the story, which is no evidence; a
// sentence about the council that names the scheme's reporter stays.
func TestSyndicationNoteIsFurniture(t *testing.T) {
	for s, want := range map[string]evidence.Kind{
		"The Local Democracy Reporting Service is funded by the BBC and used by news organisations across the country.": "",
		"This story was written by a Local Democracy Reporter covering Harrowby and the towns around it.":               "",
		"The council told a Local Democracy Reporter that waits for assessments had fallen since the spring.":           evidence.Excerpt,
	} {
		if got := kindOf(t, "P", s); got != want {
			t.Errorf("%q: got %q, want %q", s, got, want)
		}
	}
}

// TestCommitteeNumberedItems holds a committee's numbered conclusions and
// recommendations: a recommendation in the passive names no one and keeps
// its number, one set after a finding in its paragraph takes the
// paragraph's number, and a conclusion, though it holds "should have
// been", asks nothing.
func TestCommitteeNumberedItems(t *testing.T) {
	body := "## Conclusions and recommendations\n\n" +
		"1. Too many pupils who should have been referred on were held by teams not designed for them. (Paragraph 13)\n" +
		"2. The teams should be extended to further education colleges, because the risk keeps rising. (Paragraph 14)\n" +
		"3. Head teachers are left to decide alone which pupils to refer. Integrated care boards should agree a referral protocol with every school. (Paragraph 15)\n"
	want := []string{
		"2|The teams should be extended to further education colleges, because the risk keeps rising. (Paragraph 14)|",
		"3|Integrated care boards should agree a referral protocol with every school.|ICBs",
	}
	if got := recs(t, body); !slices.Equal(got, want) {
		t.Errorf("recommendations:\n got %q\nwant %q", got, want)
	}
}

// TestPassiveAskOfNamedBodies holds numbered recommendations in the
// passive whose subject is a body: they ask it, as before.
func TestPassiveAskOfNamedBodies(t *testing.T) {
	body := "## Recommendations\n\n1. Trusts must be required to train all emergency department staff.\n2. Schools should be supported to take part in the programme.\n"
	want := []string{"1|Trusts must be required to train all emergency department staff.|Trusts", "2|Schools should be supported to take part in the programme.|Schools"}
	if got := recs(t, body); !slices.Equal(got, want) {
		t.Errorf("recommendations:\n got %q\nwant %q", got, want)
	}
}

// TestParagraphNumbersAreNoRecommendationNumbers holds a report's chapter
// of numbered paragraphs: the one that asks is a recommendation without
// the paragraph's number; a numbered list of asks keeps its numbers.
func TestParagraphNumbersAreNoRecommendationNumbers(t *testing.T) {
	for body, want := range map[string][]string{
		"## 1 Support teams\n\n12. Head teachers told us that the teams have made it easier to get help.\n13. The Commissioner told us about waits in several regions of the country.\n14. Our predecessor committee looked at the roll-out in 2021 and found it slow.\n15. We ask the Department for Education to write to us setting out its progress.\n": {
			"|We ask the Department for Education to write to us setting out its progress.|Other"},
		"## Next steps\n\n1. NHS England should publish waits for every ICB.\n2. ICBs should name a lead for children.\n3. The council runs two family hubs in the north of the county.\n": {
			"1|NHS England should publish waits for every ICB.|NHSE", "2|ICBs should name a lead for children.|ICBs"},
	} {
		if got := recs(t, body); !slices.Equal(got, want) {
			t.Errorf("recommendations of %q:\n got %q\nwant %q", body, got, want)
		}
	}
}
