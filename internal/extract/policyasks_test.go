package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAsksInPolicyMailAndPages holds the shapes policy mail, meeting notes
// and campaign pages give their asks (issue 13's asks round of 140
// documents), with the near-misses beside them that ask nothing. Each
// line is written for this test.
func TestAsksInPolicyMailAndPages(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"actions owned by bodies, not by people",
			"## Actions\n\n- Action: Council to map short breaks provision by June.\n- Paediatricians to review the referral criteria for tics.\n- AB to send round the minutes.\n- ICB to confirm whether the pilot continues.\n- Schools to be reminded of the new form.\n- Councils to get extra money for hubs.\n",
			[]string{"|Action: Council to map short breaks provision by June.|Local authorities", "|Paediatricians to review the referral criteria for tics.|Trusts"}},
		{"a headline's words between the body and to",
			"## Actions\n\n- Government on track to hit its target for school teams.\n", nil},
		{"an announcement's list is no list of actions",
			"## What the plan includes\n\n- NHS England to recruit more school nurses by 2027.\n", nil},
		{"verbs of action used as nouns under a heading of asks",
			"## Recommendations\n\nSupport for families is patchy across the county.\n\nWork on the new pathway began last year.\n", nil},
		{"a heading of what we want to know asks nothing",
			"## What we want to know\n\n- The council to report back on the pilot.\n", nil},
		{"infinitive asks under What we want",
			"## What we want\n\n- The Treasury to restore the grant in full.\n- Every child to have a named school nurse.\n",
			[]string{"|The Treasury to restore the grant in full.|Government", "|Every child to have a named school nurse.|"}},
		{"we're calling for",
			"We’re calling for:\n\n- Ofsted to report on inclusion in every inspection.\n",
			[]string{"|Ofsted to report on inclusion in every inspection.|Other"}},
		{"a lead-in naming the addressee",
			"Of the Department of Health and Social Care:\n\n- We would urge the department to publish the plan this year.\n",
			[]string{"|We would urge the department to publish the plan this year.|DHSC"}},
		{"an imperative paragraph under a heading of asks",
			"## Our asks of ministers\n\nRing-fence the public health grant for services for children.\n",
			[]string{"|Ring-fence the public health grant for services for children.|Government"}},
		// The Cabinet is asked, not the trusts it is to ask
		// (internal/quality's conventions).
		{"a board's lower-case item asking another body",
			"The Cabinet is asked to:\n\n- a) note the report;\n- b) ask the trusts to publish their waits.\n",
			[]string{"b|ask the trusts to publish their waits.|Local authorities"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := recSummaries(extract.Extract(parseBody(t, "Ashdown Borough Council", c.body)), true)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("recommendations:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestAsksInOneSentence: the sentence forms of the round, one ask each,
// and sentences like them that ask nothing.
func TestAsksInOneSentence(t *testing.T) {
	wantOneAskEach(t, []struct{ name, in, want string }{
		{"a bold lead-in of a body over an imperative", "For schools: share the care plan with the nursing team before every trip.", "Schools"},
		{"professions as the lead-in", "Paediatricians and therapists: agree one assessment for each child.", "Trusts"},
		{"it is recommended that", "It is recommended that the council extends the contract by a year.", "Local authorities"},
		{"we recommend that a profession", "We recommend that school nurses see every pupil in their first term at secondary school.", "Trusts"},
		{"urging it to, the body just named", "The forum wrote to the ICB last month urging it to reopen the clinic.", "ICBs"},
		{"urged them to, after two bodies", "The panel met the trust and later wrote to the council and urged them to publish the review.", "Local authorities"},
		{"it would be good if", "It would be good if the trust offered appointments after school.", "Trusts"},
	})
	for _, in := range []string{
		"For parents: read our guide before the appointment.",
		"Note: publish dates may change.",
		"It is recommended that children are weighed at every visit.",
		"It would be good if we could meet before the board.",
	} {
		if got := recs(t, in); len(got) != 0 {
			t.Errorf("%q read as a recommendation: %q", in, got)
		}
	}
}

// TestForwardingAPersonsNote: a forwarder's covering line names whose note
// it passes on; the note's own asks stay evidence.
func TestForwardingAPersonsNote(t *testing.T) {
	for _, in := range []string{
		"Forwarding Priya's e-mail from the forum meeting, below.",
		"Sending my notes from Tuesday's visit in case they help.",
	} {
		if got := kindOf(t, "Eastmere Parent Carer Forum", in); got != "" {
			t.Errorf("%q read as %s, want no item", in, got)
		}
	}
	if got := kindOf(t, "Eastmere Parent Carer Forum", "Forwarding on our asks: we would urge the council to fund the drop-in."); got != evidence.Recommendation {
		t.Errorf("an ask after a covering phrase read as %q", got)
	}
}

// TestRequestsInCorrespondence: the polite forms of a request letters use
// (gratitude, possibility, hope, keenness, a request put as a question,
// "It's vital the ...", "What we need now is for ...", "My ask would be
// that ...", "confirm it will"), and the same forms asking nothing of a
// body. Each sentence is written for this test.
func TestRequestsInCorrespondence(t *testing.T) {
	wantOneAskEach(t, []struct{ name, in, want string }{
		{"grateful if X could", "I'd be grateful if the trust could run a clinic in the school holidays.", "Trusts"},
		{"possible for X to", "Would it be possible for the ICB to keep the pilot going until the autumn?", "ICBs"},
		{"is it possible for X to", "Is it possible for the council to open the hub on Saturday mornings?", "Local authorities"},
		{"hope X will", "We very much hope the council will keep the short breaks budget as it is.", "Local authorities"},
		{"keen for X to", "We are keen for the ICB to involve young carers in the new specification.", "ICBs"},
		{"could I ask that X", "Could I ask that the trust offers every family a named nurse?", "Trusts"},
		{"vital without that", "It's vital the council replaces the two posts it has lost.", "Local authorities"},
		{"what we need now is for", "What we need now is for NHS England to publish the standard.", "NHSE"},
		{"my ask would be that", "My ask would be that the ICB funds the link worker for another year.", "ICBs"},
		{"confirm it will", "Could the ICB please confirm it will fund the service beyond March?", "ICBs"},
	})
	for _, in := range []string{
		"I'd be grateful if you could send me the latest figures.",
		"We would be grateful if the ICB could let us know the date of the panel.",
		"Is it possible for the council to tell us when the review ends?",
		"We hope you will find this report useful.",
		"We hope the council will find our findings helpful.",
		"Parents are keen for the school to stay open in the holidays.",
		"It's important the figures are read with care.",
		"Could I ask that you let me know by Friday?",
	} {
		if got := recs(t, in); len(got) != 0 {
			t.Errorf("%q read as a recommendation: %q", in, got)
		}
	}
}
