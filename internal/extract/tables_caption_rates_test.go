package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestCaptionRateIsTheTablesUnit: a caption that gives its table's cells
// as rates ("..., rate per 100,000, 2023/24") makes every cell whose
// column says nothing of its own a rate, not a count; a column headed as
// a count stays one. Before, the rates were counts.
func TestCaptionRateIsTheTablesUnit(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"rate per 100,000 in the caption",
			"Table 4: Hospital admissions for asthma, 0 to 18-year-olds, rate per 100,000, 2023/24\n\n" +
				"| Group | Westmoor | England |\n|---|---|---|\n| Girls aged 5 to 9 | 212.4 | 180.9 |\n",
			[]string{"statistic: 212.4=212.4 other; 180.9=180.9 other"}},
		{"a count column beside the caption's rate",
			"Table 5: Tooth extractions under general anaesthetic per 10,000 children, 2024\n\n" +
				"| Area | Number of extractions | Westmoor | England |\n|---|---|---|---|\n| Inner city | 486 | 41.5 | 30.2 |\n",
			[]string{"statistic: 486=486 count; 41.5=41.5 other; 30.2=30.2 other"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, it := range extract.Extract(parseBody(t, "P", c.body)) {
				got = append(got, string(it.Kind)+": "+describe(it.Figures))
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}
