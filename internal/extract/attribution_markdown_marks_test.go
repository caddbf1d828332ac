package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAttributionReadsThroughMarkdownMarks: a body named as a link, in
// emphasis, or before a footnote reference is cited as one named in plain
// words: the page shows "according to Offham Council". Before, the link's
// brackets hid it and the figure was cited to the publisher alone.
func TestAttributionReadsThroughMarkdownMarks(t *testing.T) {
	for s, want := range map[string]string{
		"In 2024, **41%** of children waited more than 18 weeks, according to [Offham Council](https://example.org/waits).[^1]": "Offham Council",
		"In 2024, 41% of children waited more than 18 weeks, according to *Offham Council*.":                                    "Offham Council",
		"According to [NHS England](https://example.org/a_(b)), 38% of children waited more than 18 weeks in 2024.":             "NHS England",
		"In 2024, 41% of children waited more than 18 weeks, according to Offham Council.":                                      "Offham Council",
		"In our audit, 41% of children waited more than 18 weeks, according to the [Offham Council](https://example.org/x).":    "Offham Council",
		"Figures from _NHS Digital_ show that 12% of children waited more than a year in 2024.":                                 "NHS Digital",
		"In 2024, 41% of children waited more than 18 weeks ([NHS England, 2023](https://example.org/x)).":                      "NHS England, 2023",
		"In 2024, **41%** of children waited more than 18 weeks ([see our data](https://example.org/d)).":                       "",
	} {
		got := ""
		for _, it := range extract.Extract(parseBody(t, "Writer Body", "## Waits\n\n"+s+"\n")) {
			got = it.Cites
		}
		if got != want {
			t.Errorf("%q: cites %q, want %q", s, got, want)
		}
	}
}
