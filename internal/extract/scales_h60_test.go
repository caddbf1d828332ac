package extract_test

import (
	"testing"
)

// TestCaptionScaleReachesAColumnNamingItsCount: a caption or heading
// saying its table's counts are in thousands scales a column whose
// header names the count ("Children seen", "Admissions"), as
// it scales columns of years; a column of weeks, percentages or rates
// beside it keeps its own unit and value. Before, the column's own name
// won over the caption, so 3.4 under "Table 5: Children seen, thousands"
// was a count of 3.4 children, while the same table with
// years for columns read 3,400.
func TestCaptionScaleReachesAColumnNamingItsCount(t *testing.T) {
	for _, c := range []struct {
		body string
		want map[string]float64
	}{
		{"Table 5: Children seen, thousands\n\n| Area | Children seen |\n|---|---|\n| Bradwell | 3.4 |\n",
			map[string]float64{"3.4": 3400}},
		{"Table 3: Admissions (thousands)\n\n| Area | Admissions |\n|---|---|\n| Bradwell | 3.4 |\n",
			map[string]float64{"3.4": 3400}},
		{"## Admissions (thousands)\n\n| Area | Admissions |\n|---|---|\n| Bradwell | 3.4 |\n",
			map[string]float64{"3.4": 3400}},
		{"## Admissions (thousands)\n\n| Area | Admissions | Average stay (weeks) |\n|---|---|---|\n| Bradwell | 3.4 | 17 |\n",
			map[string]float64{"3.4": 3400, "17": 17}},
		{"## Admissions (thousands)\n\n| Area | Admissions | Share (%) | Rate per 1,000 |\n|---|---|---|---|\n| Bradwell | 3.4 | 27 | 8.6 |\n",
			map[string]float64{"3.4": 3400, "27": 27, "8.6": 8.6}},
		{"Table 6: Admissions, millions\n\n| Area | Admissions |\n|---|---|\n| Bradwell | 0.4 |\n",
			map[string]float64{"0.4": 400000}},
		// A caption stating no scale scales nothing.
		{"Table 7: Admissions by area\n\n| Area | Admissions |\n|---|---|\n| Bradwell | 3.4 |\n",
			map[string]float64{"3.4": 3.4}},
	} {
		got := figureValues(t, c.body)
		for text, want := range c.want {
			if got[text] != want {
				t.Errorf("%q: %s read as %v, want %v (all %v)", c.body, text, got[text], want, got)
			}
		}
	}
}
