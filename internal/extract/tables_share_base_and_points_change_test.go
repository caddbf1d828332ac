package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestTableOfCountShareAndChangeReadsTheChangeInPoints: a table whose
// columns are the people screened, the share found and a signed change
// ("| Locality | Pupils screened | % with decay | Change since 2022 |")
// reads the change, right after the share under a header of no unit, in
// points; the count stays the row's headline, as the development set
// labels such tables. Before (set 75), "+3.1" was a count. A change after
// a count keeps the count's unit.
func TestTableOfCountShareAndChangeReadsTheChangeInPoints(t *testing.T) {
	body := "Table 4: Decay in five-year-olds by locality, 2024\n\n" +
		"| Locality | Pupils screened | % with decay | Change since 2022 |\n|---|---|---|---|\n" +
		"| Northside | 415 | 36.2 | +3.1 |\n| Riverbank | 288 | 22.4 | -1.6 |\n\n" +
		"Table 5: Referrals by locality, 2024\n\n" +
		"| Locality | Referrals | Change since 2022 |\n|---|---|---|\n| Northside | 1,240 | +160 |\n| Riverbank | 870 | -45 |\n"
	var rows []evidence.Item
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Statistic {
			rows = append(rows, it)
		}
	}
	if len(rows) != 4 {
		t.Fatalf("got %d statistics, want 4", len(rows))
	}
	n := rows[0]
	if h, ok := n.Headline(); !ok || h.Value != 415 {
		t.Errorf("headline %v, want the count 415", h.Text)
	}
	want := map[float64]struct {
		unit evidence.Unit
		role evidence.Role
	}{415: {evidence.UnitCount, ""}, 36.2: {evidence.UnitPercent, ""}, 3.1: {evidence.UnitOther, evidence.RoleChange}}
	for _, f := range n.Figures {
		if w, ok := want[f.Value]; ok && (f.Unit != w.unit || f.Role != w.role) {
			t.Errorf("%q: unit %q role %q, want %q %q", f.Text, f.Unit, f.Role, w.unit, w.role)
		}
	}
	for _, f := range rows[2].Figures {
		if f.Value == 160 && f.Unit != evidence.UnitCount {
			t.Errorf("a count's change %q read as %q, want a count", f.Text, f.Unit)
		}
		if f.Value == 1240 && f.Role == evidence.RoleBase {
			t.Errorf("referrals with no share read as a base")
		}
	}
}
