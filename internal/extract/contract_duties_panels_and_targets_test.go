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

// TestTargetColumnIsNoFinding: a table of a contract's indicators gives
// the level each must reach under "Threshold" or "Target" and nothing
// found: what is required, so its rows are no statistics. A row with
// the level reached beside its target keeps the level alone: a target in
// a table's target column is no figure (withoutSetLevels).
// Before: each required level a statistic.
func TestTargetColumnIsNoFinding(t *testing.T) {
	kpis := "## Performance indicators\n\n| Indicator | Threshold | Reporting |\n|---|---|---|\n| Families offered a first visit | 90% | Monthly |\n| Care plans shared with the GP | 100% | Quarterly |\n"
	for _, it := range extract.Extract(parseBody(t, "P", kpis)) {
		if len(it.Figures) > 0 {
			t.Errorf("target row read as a finding: %s %q %v", it.Kind, it.Text, it.Figures)
		}
	}
	results := "## Performance\n\n| Indicator | Target | April |\n|---|---|---|\n| Families offered a first visit | 90% | 71% |\n"
	var got []float64
	for _, it := range extract.Extract(parseBody(t, "P", results)) {
		for _, f := range it.Figures {
			got = append(got, f.Value)
		}
	}
	if len(got) != 1 || got[0] != 71 {
		t.Errorf("target beside a found level: figures %v, want the 71 alone", got)
	}
}

// TestStudyAreasAreNoFigure: the places a study drew its cohort from
// ("followed 5,100 babies ... across four council areas") give its
// scope, not a finding: the cohort keeps its count, the places none.
// "Waits rose in three areas" counts what was found.
// Before: "four" a count.
func TestStudyAreasAreNoFigure(t *testing.T) {
	figs := extract.Figures("Researchers followed 5,100 babies born in 2021 across four council areas in the north west.")
	if len(figs) != 1 || figs[0].Value != 5100 {
		t.Errorf("study scope: figures %v, want the cohort alone", figs)
	}
	if figs := extract.Figures("Waits for a first appointment rose in three areas last year."); len(figs) == 0 {
		t.Errorf("a finding's count of areas not read")
	}
}
