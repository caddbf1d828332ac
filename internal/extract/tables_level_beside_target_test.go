package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestLevelBesideTargetIsHeadline: a row of a target or plan beside one
// level found has the found level as its headline; a row of several
// periods' levels beside its target names none.
func TestLevelBesideTargetIsHeadline(t *testing.T) {
	body := "## Performance\n\n| Measure | Plan 2026/27 | Outturn June 2026 |\n|---|---|---|\n" +
		"| Referrals seen within 28 days | 80% | 63% |\n\n" +
		"## Quarters\n\n| Measure | Target | Q1 | Q2 |\n|---|---|---|---|\n" +
		"| Families offered a named contact | 100% | 58% | 66% |\n"
	heads := map[string]string{}
	for _, it := range extract.Extract(parseBody(t, "Westmarsh ICB", body)) {
		for _, f := range it.Figures {
			if f.Role == evidence.RoleHeadline {
				heads[it.Text] = f.Text
			}
		}
	}
	if got := heads["| Referrals seen within 28 days | 80% | 63% |"]; got != "63%" {
		t.Errorf("headline beside the plan %q, want 63%% (%q)", got, heads)
	}
	if got := heads["| Families offered a named contact | 100% | 58% | 66% |"]; got != "" {
		t.Errorf("a row of two quarters beside its target given the headline %q", got)
	}
}
