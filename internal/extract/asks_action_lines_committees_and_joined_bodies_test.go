package extract_test

import (
	"slices"
	"testing"
)

// Round 22 (asks and actors): forms of asks that unseen e-mails and
// reports held and the rules missed, each in sentences written for these
// tests, with near-misses that must stay as they are.

// TestNumberedActionLinesOwnedByBodies holds a meeting's numbered action
// lines whose lead-in names the bodies that own them ("ACTION 2 - Trust:
// offer ..."), a provider named for its work ("Oakshire Community
// Health") among them: each asks those bodies. An action asking a body
// for information, or one owned by a person, asks nothing.
func TestNumberedActionLinesOwnedByBodies(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a provider named for its work", "Hi all,\n\nACTION 2 - Oakshire Community Health: offer Saturday clinics at the two family hubs that have no health visitor cover.\n\nKind regards,\nPriya\n",
			[]string{"|ACTION 2 - Oakshire Community Health: offer Saturday clinics at the two family hubs that have no health visitor cover.|Trusts"}},
		{"three bodies", "Hi all,\n\nAction 3: Council, ICB and Northfield Community Healthcare: agree a common referral form for the early help hub.\n\nKind regards,\nPriya\n",
			[]string{"|Action 3: Council, ICB and Northfield Community Healthcare: agree a common referral form for the early help hub.|ICBs,Local authorities,Trusts"}},
		{"a body's name alone", "Oakshire Community Health: publish waiting times for every clinic each month.\n",
			[]string{"|Oakshire Community Health: publish waiting times for every clinic each month.|Trusts"}},
		// Near-misses.
		{"asked to confirm", "Hi all,\n\nACTION 4 - ICB: confirm whether the ICB will fund the two posts from April.\n\nKind regards,\nPriya\n", nil},
		{"asked to send", "Hi all,\n\nACTION 1 - Oakshire Community Health: send the updated referral figures to Priya by 3 March.\n\nKind regards,\nPriya\n", nil},
		{"owned by a person", "Hi all,\n\nACTION 5 - Jo Bell: book the room for the next meeting.\n\nKind regards,\nPriya\n", nil},
		{"community health in lower case", "Oakshire community health: what families told us about the clinics.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestReaderAskedToAskABody holds the reader asked to ask a body to act
// ("Could you ask the ICB to publish ...?"): the reader is asked, its
// kind (a councillor's council; Other where the letter does not say), not
// the body it is to ask (internal/quality's conventions since round 89;
// before, the body named was asked). Asking a body only for a reply asks
// nothing.
func TestReaderAskedToAskABody(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a question", "Dear Councillor Shah,\n\nCould you ask the ICB to publish how long families wait for a speech and language assessment?\n\nKind regards,\nJo\n",
			[]string{"|Could you ask the ICB to publish how long families wait for a speech and language assessment?|Local authorities"}},
		{"a polite request", "Dear Ms Reid,\n\nI would be grateful if you could ask the council and the trust to open the respite unit at weekends.\n\nKind regards,\nJo\n",
			[]string{"|I would be grateful if you could ask the council and the trust to open the respite unit at weekends.|Other"}},
		// Near-misses.
		{"only a reply", "Dear Ms Reid,\n\nCould you ask the ICB to let us know when the new clinic opens?\n\nKind regards,\nJo\n", nil},
		{"raise at a board", "Dear Ms Reid,\n\nCould you raise the respite gap with the ICB at the next board?\n\nKind regards,\nJo\n",
			[]string{"|Could you raise the respite gap with the ICB at the next board?|Other"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestLocalRepresentativeCommitteesAreBodies holds the local medical,
// pharmaceutical and dental committees named beside a body: each is
// asked (Other), not read as a committee of whoever writes.
func TestLocalRepresentativeCommitteesAreBodies(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"we'd like both to", "Dear Sam,\n\nWe'd also like the ICB and the local pharmaceutical committee to agree a simple protocol for repeat prescriptions.\n\nKind regards,\nJo\n",
			[]string{"|We'd also like the ICB and the local pharmaceutical committee to agree a simple protocol for repeat prescriptions.|ICBs,Other"}},
		{"a subject", "## Recommendations\n\n1. The LMC and the trust should agree a shared care protocol for ADHD medication.\n",
			[]string{"1|The LMC and the trust should agree a shared care protocol for ADHD medication.|Trusts,Other"}},
		// Near-miss: the writer's own committee.
		{"our own committee", "## Recommendations\n\n2. The quality committee should review the audit every quarter.\n",
			[]string{"2|The quality committee should review the audit every quarter.|Other"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestEveryBodyOfJoinedKinds holds "every" before kinds joined by "and"
// or commas ("every acute and community trust", "each acute, community
// or mental health trust"): the trusts are asked, as "every trust" is. A
// fact about them asks nothing.
func TestEveryBodyOfJoinedKinds(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"trusts asked by a network", "The partnership is asking every acute and community trust in the county to name a lead for transition.\n",
			[]string{"|The partnership is asking every acute and community trust in the county to name a lead for transition.|Trusts"}},
		{"three kinds", "NHS England is asking each acute, community or mental health trust to name a lead for transition by March.\n",
			[]string{"|NHS England is asking each acute, community or mental health trust to name a lead for transition by March.|Trusts"}},
		// Near-misses.
		{"a fact", "Every acute and community trust in the county has named a lead for transition.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestCommitteeRecommendsToTheDecider holds a scrutiny committee's
// recommendation to the body that decides ("recommend to Cabinet
// that ..."): the council is asked. A committee asked to request a
// report back asks the body that is to report (its report is the act
// asked, the month its deadline), as an act asked before a report back
// does.
func TestCommitteeRecommendsToTheDecider(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"to Cabinet", "## Recommendations\n\n2.2 The Committee is asked to recommend to Cabinet that the short breaks grant for disabled children is protected in 2026/27.\n",
			[]string{"2.2|The Committee is asked to recommend to Cabinet that the short breaks grant for disabled children is protected in 2026/27.|Local authorities"}},
		{"the Panel agreed", "The Panel agreed to recommend to the Executive that the youth counselling contract is extended for a year.\n",
			[]string{"|The Panel agreed to recommend to the Executive that the youth counselling contract is extended for a year.|Local authorities"}},
		{"a report back", "## Recommendations\n\n2.3 The Committee is asked to request that the trust reports back in June on progress with the waiting list.\n",
			[]string{"2.3|The Committee is asked to request that the trust reports back in June on progress with the waiting list.|Trusts"}},
		{"an update", "## Recommendations\n\n2.4 The Committee is asked to ask the ICB to provide an update at its March meeting.\n",
			[]string{"2.4|The Committee is asked to ask the ICB to provide an update at its March meeting.|ICBs"}},
		{"an act, then a report back", "## Recommendations\n\n2.5 The Committee is asked to request that the ICB funds two more therapists and reports back in June.\n",
			[]string{"2.5|The Committee is asked to request that the ICB funds two more therapists and reports back in June.|ICBs"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestNHSBodyNamedForJoinedPlaces holds an NHS body whose name joins its
// places with "and" ("NHS Barnfield and Dale Integrated Care Board")
// after another body: both are asked. Two bodies joined by "and" stay
// two.
func TestNHSBodyNamedForJoinedPlaces(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"the council and an ICB", "## Recommendations\n\n4. The council and NHS Barnfield and Dale Integrated Care Board should share data so that GP practices know when a child has missed a review.\n",
			[]string{"4|The council and NHS Barnfield and Dale Integrated Care Board should share data so that GP practices know when a child has missed a review.|ICBs,Local authorities"}},
		// Near-misses.
		{"a council and an ICB by name", "## Recommendations\n\n5. Oakfield Council and Oakshire ICB should agree one waiting list for the two services.\n",
			[]string{"5|Oakfield Council and Oakshire ICB should agree one waiting list for the two services.|ICBs,Local authorities"}},
		{"NHS England and a department", "## Recommendations\n\n7. NHS England and DHSC should publish a plan for the health visiting workforce.\n",
			[]string{"7|NHS England and DHSC should publish a plan for the health visiting workforce.|DHSC,NHSE"}},
		{"the council and NHS England", "## Recommendations\n\n6. The council and NHS England should agree one waiting list for the two services.\n",
			[]string{"6|The council and NHS England should agree one waiting list for the two services.|NHSE,Local authorities"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestSavingsToFindAreNoAsk holds a body's need to find savings, stated as
// its position ("the council needs to find £200,000 of savings"): no ask.
// A body asked to fund, or to protect a service from savings, is asked.
func TestSavingsToFindAreNoAsk(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"savings from a contract", "Hi all,\n\nFinance: the council needs to find £200,000 of savings from the school nursing contract in 2026/27.\n\nKind regards,\nPriya\n", nil},
		{"cuts", "The trust has to make £1.2m of cuts to community services next year.\n", nil},
		// Near-misses.
		{"asked to fund", "The council needs to find £200,000 to keep the school nursing service at its current size.\n",
			[]string{"|The council needs to find £200,000 to keep the school nursing service at its current size.|Local authorities"}},
		{"protected from savings", "The council should protect the school nursing contract from the £200,000 of savings it must find.\n",
			[]string{"|The council should protect the school nursing contract from the £200,000 of savings it must find.|Local authorities"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}
