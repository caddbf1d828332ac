package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestShortNameCitesFullName: set 63 spent (every sentence written
// for this test). A statistic citing a body by a one-word short name
// ("The ICB's own figures show") after one under the same heading citing
// it in full cites the full name; under another heading, or a body with
// another name, it stands as written.
func TestShortNameCitesFullName(t *testing.T) {
	cites := func(body string) []string {
		var out []string
		for _, it := range extract.Extract(parseBody(t, "Westbrook Council", body)) {
			if it.Kind == "statistic" {
				out = append(out, it.Cites)
			}
		}
		return out
	}
	first := "According to Northfield and Dale ICB, 930 children were waiting for an autism assessment in March 2026.\n\n"
	second := "The ICB’s own figures show the median wait for an assessment was 61 weeks.\n"
	got := cites("## Findings\n\n" + first + second)
	if len(got) != 2 || got[1] != "Northfield and Dale ICB" {
		t.Errorf("cites %q, want the second to cite Northfield and Dale ICB", got)
	}
	got = cites("## Findings\n\n" + first + "## Staffing\n\n" + second)
	if len(got) != 2 || got[1] == "Northfield and Dale ICB" {
		t.Errorf("cites %q: under another heading the short name stands", got)
	}
}
