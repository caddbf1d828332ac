package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestUnitColumnGivesItsRowsUnit: an indicator table with a column of
// units ("| Breastfeeding at 6 to 8 weeks | % | 44.8 | 49.2 |" under
// "Indicator | Unit | Westmoor | England") reads each row's figures in its
// unit: a percentage, a rate, a count. Before, "%" was the row's group
// and 44.8 a count, and "per 100,000" the group of two counts.
func TestUnitColumnGivesItsRowsUnit(t *testing.T) {
	body := "## Selected indicators\n\n| Indicator | Unit | Westmoor | England |\n|---|---|---|---|\n" +
		"| Breastfeeding at 6 to 8 weeks | % | 44.8 | 49.2 |\n" +
		"| Hospital admissions for tooth extraction, under-19s | per 100,000 | 312 | 179 |\n" +
		"| Children in care | number | 412 | 83,630 |\n"
	got := map[string]string{}
	pop := map[string]string{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got[f.Text], pop[f.Text] = string(f.Unit), f.Population
		}
	}
	for fig, unit := range map[string]string{"44.8": "percent", "49.2": "percent", "312": "other", "179": "other", "412": "count", "83,630": "count"} {
		if got[fig] != unit {
			t.Errorf("%s: unit %q, want %s (all %v)", fig, got[fig], unit, got)
		}
		if pop[fig] != "" {
			t.Errorf("%s: group %q, want none: the unit is no group", fig, pop[fig])
		}
	}
	if _, ok := got["100,000"]; ok {
		t.Errorf("the unit's 100,000 was read as a figure: %v", got)
	}
}
