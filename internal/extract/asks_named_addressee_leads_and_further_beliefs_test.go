package extract_test

import (
	"slices"
	"testing"
)

// TestHelpIfTheBodyCouldLeadsInAsks holds an e-mail's "It would really
// help if the panel could:" (or "if the partnership could:") over a list
// of acts: the writer names its addressee, the body the reader speaks
// for, where "if you could:" names the reader (the lead-in the last
// clause of its sentence or all of it), so each item asks as it
// does under "if you could:" (an item relaying an ask to a body,
// "ask the trust to", asks the reader, not that body: internal/quality's
// conventions since round 89; before, the trust). The writer's own wish ("if we could:") and
// a body's help the writer reports stay no lead-in.
func TestHelpIfTheBodyCouldLeadsInAsks(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"the panel, dashed items", "Dear Councillor Osei,\n\nThank you for asking about the health checks we run for children in care.\n\nIt would really help if the panel could:\n\n- press the ICB to fund a second looked-after children's nurse;\n- ask the trust to report how many checks were late each quarter.\n\nKind regards,\nPriya\n",
			[]string{"|press the ICB to fund a second looked-after children's nurse;|Local authorities", "|ask the trust to report how many checks were late each quarter.|Local authorities"}},
		{"the partnership board, numbered items", "Dear Councillor Osei,\n\nIt would be really helpful if the partnership board could:\n\n1. agree a shared referral form for all three hospices;\n2. fund a pilot of evening clinics in the autumn.\n\nKind regards,\nPriya\n",
			[]string{"1|agree a shared referral form for all three hospices;|Local authorities", "2|fund a pilot of evening clinics in the autumn.|Local authorities"}},
		{"the lead-in the sentence's last clause", "Dear Councillor Osei,\n\nParents told us two changes matter most, and it would really help if the committee could:\n\n1. fund a drop-in clinic on Saturdays;\n2. publish the waiting time for each clinic every month.\n\nKind regards,\nPriya\n",
			[]string{"1|fund a drop-in clinic on Saturdays;|Local authorities", "2|publish the waiting time for each clinic every month.|Local authorities"}},
		// Near-misses.
		{"the writer's own wish", "Dear Councillor Osei,\n\nIt would really help if we could:\n\n1. visit the panel before the meeting;\n2. see the papers a week ahead.\n\nKind regards,\nPriya\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestAFurtherBeliefAsks holds "We also believe (that) no child should
// ...": a second belief asks as the first does ("We believe no child
// should wait ..."), naming no actor. A belief about what is, with no
// should, asks nothing.
func TestAFurtherBeliefAsks(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"also believe that no young carer", "We also believe that no young carer should have to miss a hospital appointment because they are looking after a parent.\n",
			[]string{"|We also believe that no young carer should have to miss a hospital appointment because they are looking after a parent.|"}},
		{"also believe no child", "We also believe no child should have to tell their story three times before they are seen.\n",
			[]string{"|We also believe no child should have to tell their story three times before they are seen.|"}},
		// Near-miss.
		{"a belief about what is", "We also believe that many young carers are not known to their GP practice.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.in); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}
