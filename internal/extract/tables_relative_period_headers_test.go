package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestRelativePeriodHeaderIsNoUnit: a column headed by a period named
// from the latest ("Previous month", "Same quarter last year") holds the
// row's measure in that period, not months or quarters: its counts stay
// counts and a row measured in weeks keeps weeks. Before: "Previous
// month" made 2,140 and 31 months.
func TestRelativePeriodHeaderIsNoUnit(t *testing.T) {
	body := "## Dashboard\n\n| Indicator | Target | Latest | Previous month |\n|---|---|---|---|\n" +
		"| Children on the therapy waiting list | 2,000 | 2,210 | 2,140 |\n" +
		"| Median wait for a first appointment (weeks) | – | 33 | 31 |\n"
	units := map[float64]evidence.Unit{}
	for _, it := range extract.Extract(parseBody(t, "Westmarsh ICB", body)) {
		for _, f := range it.Figures {
			units[f.Value] = f.Unit
		}
	}
	for v, want := range map[float64]evidence.Unit{2140: evidence.UnitCount, 2210: evidence.UnitCount, 31: evidence.UnitWeeks, 33: evidence.UnitWeeks} {
		if units[v] != want {
			t.Errorf("%v: unit %q, want %q (all %v)", v, units[v], want, units)
		}
	}
}

// TestLatestBesideTargetAndPreviousMonthIsHeadline: a row with a standard,
// the latest level and the previous month's has the latest level as its
// headline, as a row of one level beside its target does. A row of two
// named periods beside a target names none, as before.
func TestLatestBesideTargetAndPreviousMonthIsHeadline(t *testing.T) {
	body := "## Dashboard\n\n| Indicator | Standard | Latest (Aug 2026) | Previous month |\n|---|---|---|---|\n" +
		"| Referrals seen within 28 days | 80% | 63% | 66% |\n\n" +
		"## Quarters\n\n| Indicator | Standard | Q1 | Q2 |\n|---|---|---|---|\n" +
		"| Families offered a named contact | 100% | 58% | 66% |\n"
	heads := map[string]string{}
	for _, it := range extract.Extract(parseBody(t, "Westmarsh ICB", body)) {
		for _, f := range it.Figures {
			if f.Role == evidence.RoleHeadline {
				heads[it.Text] = f.Text
			}
		}
	}
	if got := heads["| Referrals seen within 28 days | 80% | 63% | 66% |"]; got != "63%" {
		t.Errorf("headline %q, want the latest 63%% (%q)", got, heads)
	}
	if got := heads["| Families offered a named contact | 100% | 58% | 66% |"]; got != "" {
		t.Errorf("a row of two quarters beside its standard given the headline %q", got)
	}
}
