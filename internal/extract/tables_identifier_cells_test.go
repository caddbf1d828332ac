package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestIdentifierCellsNoFigures: a table cell holding a phone number, a
// date in numbers, a postcode or a reference is no figure and no label of
// the row's figures, by the masks sentences use. Before: "0300 123 4567"
// under "Contact" gave three counts (300, 123, 4567) of the group
// "12/05/2024".
func TestIdentifierCellsNoFigures(t *testing.T) {
	body := "## Waiting over 52 weeks\n\n| Service | Updated | Contact |\n|---|---|---|\n" +
		"| Speech therapy | 12/05/2024 | 0300 123 4567 |\n" +
		"| Dietetics | 2024-05-13 | 020 7946 0958 |\n" +
		"| Audiology | 14.05.24 | 01632 960 418 |\n" +
		"| Orthoptics | Ref 2024/117 | +44 20 7946 0958 |\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if len(it.Figures) > 0 {
			t.Errorf("%q: figures %s, want none", it.Text, describe(it.Figures))
		}
	}
	body = "## Waiting over 52 weeks\n\n| Service | Updated | Number waiting |\n|---|---|---|\n" +
		"| Speech therapy | 12/05/2024 | 40 |\n| Dietetics | LS1 4AP | 1,204 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got = append(got, f.Text+" of "+f.Population)
			if strings.ContainsAny(f.Population+f.Measure+f.Period, "0123456789") {
				t.Errorf("%q: %s has a label from a date or postcode cell: measure %q, of %q, period %q", it.Text, f.Text, f.Measure, f.Population, f.Period)
			}
		}
	}
	if strings.Join(got, "; ") != "40 of ; 1,204 of " {
		t.Errorf("figures %q, want 40 and 1,204 of no group", got)
	}
}
