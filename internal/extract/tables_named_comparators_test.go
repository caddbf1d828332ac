package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestCellWithNamedComparator checks that a table row whose value cell
// sets its value against another in named brackets ("52% (England
// 49%)", "88% (target 95%)") is one statistic with both figures, its own
// first, though another cell of the row holds a sentence: read as no
// figure, the row was split into its sentences and the figures lost.
func TestCellWithNamedComparator(t *testing.T) {
	body := "## How we are doing\n\n" +
		"| Measure | What we found | Result | Rating |\n" +
		"|---|---|---|---|\n" +
		"| Plans finished within 20 weeks | Timeliness has risen every quarter since the new panel began. | 52% (England 49%)[^1] | Improving |\n" +
		"| Hearing checks within four weeks | Clinics now run on Saturdays in two towns. | 88% (target 95%) | Good |\n" +
		"| Spending on short breaks | The budget rose after the review. | £2.1m (2023-24: £1.8m) | Good |\n" +
		"\n[^1]: Provisional.\n"
	items := extract.Extract(parseBody(t, "P", body))
	var got []string
	for _, it := range items {
		got = append(got, string(it.Kind)+": "+describe(it.Figures))
		if it.Kind == evidence.Statistic && !strings.HasPrefix(it.Text, "|") {
			t.Errorf("a row split into its sentences: %q", it.Text)
		}
	}
	want := []string{
		"statistic: 52%=52 percent; 49%=49 percent; 20 weeks=20 weeks/threshold",
		"statistic: 88%=88 percent; 95%=95 percent; four weeks=4 weeks/threshold",
		"statistic: £2.1m=2100000 gbp; £1.8m=1800000 gbp",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
