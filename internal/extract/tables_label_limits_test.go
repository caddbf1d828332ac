package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestATableRowLabelsTimeLimitIsItsThreshold: a table row whose label
// states the time limit its values are counted against ("| Waiting more
// than 18 weeks | 305 | 212 |", "| Urgent cases seen within 1 week | 74%
// |") holds the limit as a figure, its threshold, as "64% seen within 18
// weeks" does in prose; the row's value stays the headline. A label
// opening on its duration, one band of a distribution ("| Over 52 weeks |
// 14 |"), an age ("by 24 months") and a period ("over two years" of a
// cost, "rolling 12 months") hold no threshold. Before, the row's limit
// was never a figure.
func TestATableRowLabelsTimeLimitIsItsThreshold(t *testing.T) {
	body := "## Performance\n\n" +
		"| Measure | 2024 | 2025 |\n" +
		"|---|---|---|\n" +
		"| Waiting more than 18 weeks | 305 | 212 |\n" +
		"| Urgent cases seen within 1 week | 74% | 71% |\n" +
		"| New birth visits within 14 days | 78% | 81% |\n" +
		"| Seen by an epilepsy nurse within a year | 61% | 79% |\n" +
		"| Over 52 weeks | 14 | 19 |\n" +
		"| MMR dose one by 24 months | 89.3% | 88.9% |\n" +
		"| Total project cost over two years | £24,800 | £36,400 |\n" +
		"| Children with a contact, rolling 12 months | 18,940 | 19,105 |\n"
	want := map[string]string{
		"Waiting more than 18 weeks":              "18 weeks",
		"Urgent cases seen within 1 week":         "1 weeks",
		"New birth visits within 14 days":         "14 other",
		"Seen by an epilepsy nurse within a year": "1 years",
	}
	items := extract.Extract(parseBody(t, "P", body))
	seen := 0
	for _, it := range items {
		if it.Kind != evidence.Statistic {
			continue
		}
		label := strings.TrimSpace(strings.Split(strings.TrimPrefix(it.Text, "|"), "|")[0])
		var limits []string
		for _, f := range it.Figures {
			if f.Role == evidence.RoleThreshold {
				limits = append(limits, fmtFloat(f.Value)+" "+string(f.Unit))
			}
		}
		w, ok := want[label]
		switch {
		case ok && (len(limits) != 1 || limits[0] != w):
			t.Errorf("%q: thresholds %v, want [%s]", label, limits, w)
		case !ok && len(limits) > 0:
			t.Errorf("%q: thresholds %v, want none", label, limits)
		}
		if ok {
			seen++
			if h, _ := it.Headline(); h.Role == evidence.RoleThreshold || !strings.Contains(it.Text, "| "+h.Text+" |") {
				t.Errorf("%q: headline %q, want the row's first value", label, h.Text)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d rows with limits", seen, len(want))
	}
}
