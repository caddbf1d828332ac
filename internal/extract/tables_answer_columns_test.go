package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestASurveysNoColumnBesideYesHoldsItsShares: "| Question | Yes | No |
// Families answering |" gives each row the share who said no as a
// figure beside the share who said yes, the count answering its base. A
// "No" header with no "Yes" beside it numbers the rows ("No." over "1, 2,
// 3") and stays no figure. Before, the 48% who said no were lost.
func TestASurveysNoColumnBesideYesHoldsItsShares(t *testing.T) {
	body := "## Survey\n\n| Question | Yes | No | Families answering |\n|---|---|---|---|\n" +
		"| Child seen by a dentist | 52% | 48% | 318 |\n\n" +
		"## Actions\n\n| No | Action | Children |\n|---|---|---|\n| 3 | Extra clinics | 412 |\n"
	var got [][]evidence.Figure
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Statistic {
			got = append(got, it.Figures)
		}
	}
	if len(got) != 2 {
		t.Fatalf("%d statistics, want 2", len(got))
	}
	want := []struct {
		v    float64
		unit evidence.Unit
		role evidence.Role
	}{{52, evidence.UnitPercent, ""}, {48, evidence.UnitPercent, ""}, {318, evidence.UnitCount, evidence.RoleBase}}
	if len(got[0]) != len(want) {
		t.Fatalf("survey row: %s, want 52%%, 48%% and the base 318", describe(got[0]))
	}
	for k, w := range want {
		if f := got[0][k]; f.Value != w.v || f.Unit != w.unit || f.Role != w.role {
			t.Errorf("survey row figure %d: %v %s %q, want %v %s %q", k, f.Value, f.Unit, f.Role, w.v, w.unit, w.role)
		}
	}
	if len(got[1]) != 1 || got[1][0].Value != 412 {
		t.Errorf("numbered row: %s, want only 412", describe(got[1]))
	}
}
