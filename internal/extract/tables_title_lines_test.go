package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestATablesTitleLineIsNoItem: a table's title set as a line right over
// it (a page's caption) names what the table holds and is no excerpt; a
// sentence over a table and a title that says something of the table
// stay. Every line is written for this test.
func TestATablesTitleLineIsNoItem(t *testing.T) {
	table := "| Measure | Target | Jan 2026 |\n|---|---|---|\n| Children seen within 18 weeks (%) | 92 | 71 |\n"
	texts := func(body string) string {
		var out []string
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			out = append(out, strings.TrimSpace(it.Text))
		}
		return strings.Join(out, "\n")
	}
	if all := texts("Our monthly figures are below.\n\nSpeech and language therapy: performance indicators, November 2025 to January 2026\n\n" + table); strings.Contains(all, "performance indicators") || !strings.Contains(all, "Children seen within 18 weeks") {
		t.Errorf("the title line is an item, or the row is lost; items:\n%s", all)
	}
	for _, over := range []string{
		"Fewer children were seen within 18 weeks in every month of the winter.",
		"Speech and language therapy waits rose in every month of the winter",
	} {
		if all := texts(over + "\n\n" + table); !strings.Contains(all, over) {
			t.Errorf("%q lost; items:\n%s", over, all)
		}
	}
}
