package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestARateColumnUnderAPercentCaptionIsPercent: a column headed "Rate" (or
// "Uptake rate") under a caption giving percentages, "(%)" or "Percentage
// of …", holds percentages; a rate with a base ("Rate per 1,000") stays a
// rate. Before (hostile check 70, G7), 9% was read as a bare 9, its
// figure copy "9 (Rate, Deanery)".
func TestARateColumnUnderAPercentCaptionIsPercent(t *testing.T) {
	for _, c := range []struct {
		caption, header string
		unit            evidence.Unit
	}{
		{"Table 2: Excess weight in Year 6, by ward (%)", "Rate", evidence.UnitPercent},
		{"Table 2: Excess weight in Year 6, by ward (%)", "Uptake rate", evidence.UnitPercent},
		{"Table 2: Percentage of Year 6 children with excess weight, by ward", "Rate", evidence.UnitPercent},
		{"Table 2: Admissions for asthma, by ward", "Rate per 1,000", evidence.UnitOther},
	} {
		body := "## Weight\n\n" + c.caption + "\n\n| Ward | " + c.header + " |\n|---|---|\n| Millbrook | 23 |\n| Harbour | 31 |\n"
		found := false
		for _, it := range extract.Extract(parseBody(t, "Ashcombe Council", body)) {
			if !strings.Contains(it.Text, "Millbrook") {
				continue
			}
			for _, f := range it.Figures {
				if f.Value == 23 {
					found = true
					if f.Unit != c.unit {
						t.Errorf("%s over %q: 23 read as %s, want %s", c.caption, c.header, f.Unit, c.unit)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s over %q: no figure 23", c.caption, c.header)
		}
	}
}
