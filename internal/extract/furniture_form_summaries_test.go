package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestFormSummaryLinesAreFurniture: a form's response summary sets each
// question's type and count of answers on a line of its own, and a note
// over the latest free-text answers; neither is a finding, while the
// options' rows under them keep their counts and shares, and a count of
// new responses in a sentence stays a statistic.
func TestFormSummaryLinesAreFurniture(t *testing.T) {
	body := "## Has your child had a hearing test since starting school?\n\nMultiple choice · 96 responses\n\n" +
		"|  |  |  |\n|---|---|---|\n| Yes | 61 | 63.5% |\n| No | 35 | 36.5% |\n\n" +
		"## What should the audiology service change?\n\nShort answer · 80 responses\nLatest responses (showing 2 of 80):\n\n" +
		"- The clinic should offer Saturday appointments.\n\n## Any other comments?\n\nLatest responses (showing 3 of 12):\n\nThis week: 12 new responses (96 in total).\n"
	var texts []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		texts = append(texts, it.Text)
	}
	all := strings.Join(texts, "\n")
	for _, not := range []string{"Multiple choice · 96 responses", "Short answer · 80 responses", "Latest responses (showing 2 of 80)", "Latest responses (showing 3 of 12)"} {
		if strings.Contains(all, not) {
			t.Errorf("%q is an item:\n%s", not, all)
		}
	}
	for _, want := range []string{"| Yes | 61 | 63.5% |", "This week: 12 new responses (96 in total)."} {
		if !strings.Contains(all, want) {
			t.Errorf("%q lost:\n%s", want, all)
		}
	}
}
