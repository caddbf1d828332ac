package extract_test

import (
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAttributionKeepsTheCitedYear holds an attribution that names the
// cited work's year in brackets after the body, as briefings write it:
// the year is kept with the body, as an in-text citation's is, so "cited
// in" names the work the figure comes from. Before, the year was dropped
// ("Health Foundation, cited in …"), and "X (2019) found that" was no
// attribution at all.
func TestAttributionKeepsTheCitedYear(t *testing.T) {
	cases := []struct{ in, cites string }{
		{"According to the Health Foundation (2021), 45% of children waited more than 18 weeks.", "Health Foundation, 2021"},
		{"Figures from the King’s Fund (2022) show that 30% of young people waited over a year.", "King’s Fund, 2022"},
		{"A report by the Nuffield Trust (2020) found 12% of referrals were rejected.", "Nuffield Trust, 2020"},
		{"The Health Foundation (2019) found that 25% of children in care had no health assessment.", "Health Foundation, 2019"},
		{"The Education Policy Institute (2023a) estimates that 18% of pupils were persistently absent.", "Education Policy Institute, 2023a"},
		{"Data from NHS Digital (2021) suggest 20% of 8 to 16-year-olds had a probable disorder.", "NHS Digital, 2021"},
	}
	for _, c := range cases {
		items := extract.Extract(parseBody(t, "P", c.in))
		var got *evidence.Item
		for i := range items {
			if items[i].Kind == evidence.Statistic {
				got = &items[i]
				break
			}
		}
		if got == nil {
			t.Errorf("no statistic in %q", c.in)
			continue
		}
		if got.Cites != c.cites {
			t.Errorf("cites of %q = %q, want %q", c.in, got.Cites, c.cites)
		}
	}
	items := extract.Extract(parseBody(t, "NHS Providers", "According to the Health Foundation (2021), the grant was cut by 24% since 2015.\n"))
	if len(items) != 1 {
		t.Fatalf("%d items", len(items))
	}
	if got, want := evidence.Cite(items[0], evidence.Harvard, evidence.FormatFigure, time.Time{}), "24% (Health Foundation, 2021, cited in NHS Providers, 2024)"; got != want {
		t.Errorf("cited as %q, want %q", got, want)
	}
	// The publisher's own work, named with its year, is no attribution.
	own := extract.Extract(parseBody(t, "Health Foundation", "The Health Foundation (2019) found that 25% of children in care had no health assessment.\n"))
	if len(own) != 1 || own[0].Cites != "" {
		t.Errorf("the publisher's own figure cites %q, want nothing", own[0].Cites)
	}
}
