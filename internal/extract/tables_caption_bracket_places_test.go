package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestACaptionsBracketedPlaceValueIsThatPlaces: a caption's bracket
// giving a place's value with no figure before it, "Table 3: Uptake in
// Medway, 2022/23 to 2023/24 (England: 89%)", is the place's value of
// what the caption measures, without the caption's own place or number;
// the span of years the table covers dates no one value. Before (hostile
// check 67), the 89% had no place and measured "table 3: Uptake in
// Medway", keyed with Medway's name.
func TestACaptionsBracketedPlaceValueIsThatPlaces(t *testing.T) {
	body := "## Uptake\n\nTable 3: Uptake in Medway, 2022/23 to 2023/24 (England: 89%)\n\n| Vaccine | 2022/23 (%) | 2023/24 (%) |\n|---|---|---|\n| DTaP at 12 months | 90.1 | 89.2 |\n\n" +
		"## Waits\n\nFigure 2: Children seen within 18 weeks in Kent, 2024 (South East: 61%; England: 64%)\n\n" +
		"## Teeth\n\nTable 4: Five-year-olds with visible decay in Surrey, 2023/24 (England average: 23.7%)\n\n| Area | Rate (%) |\n|---|---|\n| Surrey | 18.1 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	fig := func(v float64) (evidence.Figure, bool) {
		for _, it := range its {
			for _, f := range it.Figures {
				if f.Value == v {
					return f, true
				}
			}
		}
		return evidence.Figure{}, false
	}
	for _, c := range []struct {
		v                    float64
		place, when, measure string
	}{
		{89, "England", "", "uptake"},
		{61, "South East", "2024", "children seen within 18 weeks"},
		{64, "England", "2024", "children seen within 18 weeks"},
		{23.7, "England", "2023/24", "five-year-olds with visible decay"},
	} {
		f, ok := fig(c.v)
		if !ok {
			t.Errorf("%g: no figure", c.v)
			continue
		}
		if f.Place != c.place || f.Period != c.when || !strings.EqualFold(f.Measure, c.measure) {
			t.Errorf("%g: place %q period %q measure %q, want %q %q %q (%+v)", c.v, f.Place, f.Period, f.Measure, c.place, c.when, c.measure, f.Record)
		}
		if k := strings.ToLower(f.Key); strings.Contains(k, "medway") || strings.Contains(k, "kent") || strings.Contains(k, "surrey") || strings.Contains(k, "tabl") || strings.Contains(k, "#2 ") || strings.Contains(k, "#3 ") || strings.Contains(k, "#4 ") {
			t.Errorf("%g: key %q holds the caption's place or number", c.v, f.Key)
		}
	}
}
