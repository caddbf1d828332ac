package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestMergedCellTakesWhatItsHeadersShare: a cell merged over columns,
// written with nothing between the pipes after it, is read under what the
// spanned headers share: "Referrals" of "Referrals 2023" and "Referrals
// 2024", with no year; an empty cell ("|  |") is a value not given, and
// the figure before it keeps its column's year (web tables).
func TestMergedCellTakesWhatItsHeadersShare(t *testing.T) {
	body := "## Referrals to community paediatrics\n\n| Area | Referrals 2023 | Referrals 2024 |\n|---|---|---|\n| Leeds | 1,500 ||\n| York | 900 |  |\n"
	got := map[string]string{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got[f.Text] = f.Measure + " in " + f.Period
		}
	}
	if g := got["1,500"]; !strings.HasPrefix(g, "referrals") || !strings.HasSuffix(g, " in ") {
		t.Errorf("merged 1,500: %q, want referrals with no period (all %v)", g, got)
	}
	if g := got["900"]; !strings.HasSuffix(g, " in 2023") {
		t.Errorf("900 beside an empty cell: %q, want 2023's (all %v)", g, got)
	}
}
