package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAsABodyNotedCitesTheBody: "As the Acme Trust noted in 2022,
// spending fell by 4%." tells the body's finding, so the statistic cites
// it, as "according to" does (hostile check 53). Before, nothing was
// cited and the 4% was the publisher's. "as" with no body after it
// cites no one.
func TestAsABodyNotedCitesTheBody(t *testing.T) {
	for s, want := range map[string]string{
		"As the Acme Trust noted in 2022, spending on school nurses fell by 4%.":   "Acme Trust",
		"As the Acme Trust has pointed out, spending on school nurses fell by 4%.": "Acme Trust",
		"Spending on school nurses fell by 4%, as we noted in our last report.":    "",
		"As expected, spending on school nurses fell by 4% in the year to March.":  "",
	} {
		got := ""
		for _, it := range extract.Extract(parseBody(t, "Writer Body", "## Spending\n\n"+s+"\n")) {
			got = it.Cites
		}
		if got != want && !(want != "" && got == "the "+want) {
			t.Errorf("%q: cites %q, want %q", s, got, want)
		}
	}
}
