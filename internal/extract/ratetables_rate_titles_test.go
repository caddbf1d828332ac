package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
	"github.com/cypx/cypx/internal/measure"
)

// TestRateTitleGivesTheTableItsUnit: a heading, or a short line right
// above a table, naming a rate's base ("Rates per 100,000 population")
// makes the table's cells rates on that base, as a column header naming
// one does. Before: 71.3 was a count. A column of counts keeps its unit,
// and a heading with no base leaves the table's counts counts.
func TestRateTitleGivesTheTableItsUnit(t *testing.T) {
	cases := []struct{ body, want string }{
		{"## Rates per 100,000 population\n\n| Area | 2023 |\n|---|---|\n| Harrowgate | 71.3 |\n| Kingston upon Wyre | 85.0 |\n",
			"71.3 other per 100000; 85.0 other per 100000"},
		{"## Admissions\n\nEmergency admissions per 1,000 children\n\n| Area | 2023 |\n|---|---|\n| Harrowgate | 12.4 |\n",
			"12.4 other per 1000"},
		{"## Rates per 100,000 population\n\n| Area | Number of admissions |\n|---|---|\n| Harrowgate | 410 |\n",
			"410 count per 0"},
		{"## Children waiting\n\n| Area | 2023 |\n|---|---|\n| Harrowgate | 410 |\n| Urban | 95 |\n",
			"410 count per 0; 95 count per 0"},
	}
	for _, c := range cases {
		var got []string
		for _, it := range extract.Extract(parseBody(t, "P", c.body)) {
			for _, f := range it.Figures {
				got = append(got, f.Text+" "+string(f.Unit)+" per "+plainBase(f))
			}
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.body, g, c.want)
		}
	}
}

func plainBase(f evidence.Figure) string { return plain(measure.RateBase(f)) }
