package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestContractProviderDutiesAskNothing: a service specification states
// what the contracted provider must do ("The provider must offer ...",
// "The contractor must not close ..."): duties the contract sets, as "the
// local authority must" is one the law sets, not the writer's asks. Under
// an inspector's heading of what the provider must do the same must is
// the inspector's requirement, an ask. Before: each duty a recommendation
// of trusts.
func TestContractProviderDutiesAskNothing(t *testing.T) {
	for _, s := range []string{
		"The provider must run a duty telephone line for urgent referrals at all hours.",
		"4.2 The provider must not close a referral without writing to the family.",
		"The contractor must give every family a named worker.",
	} {
		if got := recs(t, s+"\n"); len(got) != 0 {
			t.Errorf("%q read as a recommendation: %q", s, got)
		}
	}
	body := "## Action the provider must take to improve\n\nThe provider must ensure that every child has a written care plan.\n"
	if got := recs(t, body); len(got) != 1 {
		t.Errorf("inspector's requirement: %q, want one ask", got)
	}
}

// TestPanelMakeupIsNoFigure: who sat on a group that advised or reviewed
// the work ("our steering group of 12 parents", "the reference panel,
// which included three young carers") says how the work was done, not
// what it found: no figure. A count of a panel whose findings the
// sentence gives is their base, and a team's staff stay a figure.
// Before: each count a statistic's figure.
func TestPanelMakeupIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"Our steering group of 12 parents with children on the ward read every chapter in draft.",
		"The reference panel, which included three young carers and a school nurse, agreed the questions.",
		"A youth advisory group made up of nine young people chose the report's title.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: read figures %v", s, figs)
		}
	}
	for _, s := range []string{
		"Our advisory panel of 30 young people found that 60% had waited over a year.",
		"The crisis team includes 4 consultants and 11 nurses.",
	} {
		if figs := extract.Figures(s); len(figs) == 0 {
			t.Errorf("%q: no figure read", s)
		}
	}
}

// TestProposalCountIsNoFigure: "three changes would make a difference"
// numbers the writer's proposals that follow, as a list's numbers do: no
// figure. Changes counted as done ("Three changes to the rota cut waits
// by 20%") keep theirs. Before: a statistic of "three changes".
func TestProposalCountIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"No one answer will do, but two practical steps could help families straight away.",
		"Four simple changes would make the biggest difference.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: read figures %v", s, figs)
		}
	}
	s := "Three changes to the rota cut the average wait by 20%."
	if figs := extract.Figures(s); len(figs) == 0 {
		t.Errorf("%q: no figure read", s)
	}
}
