package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestBracketedCitationYearNoPeriod: a year inside a bracketed citation
// ("(Author YEAR)", "(Author YEAR, p 4)", "(Author et al., YEAR)",
// "[Author YEAR]") is when the cited work appeared, never when a figure
// holds: the sentence's own year is the period, and the citation is no
// part of the measure or its key. Before (hostile check 55): "In 2023, 45%
// of children waited more than 18 weeks (Smith 2020, pp 12-14)." gave
// 2020, with "(Smith, pp 12-14)" in the measure and "smith" and "#12-14"
// in the key; "[Holt 2017]" did the same.
func TestBracketedCitationYearNoPeriod(t *testing.T) {
	cases := []struct{ sentence, figure, period string }{
		{"In 2023, 45% of children waited more than 18 weeks (Smith 2020, pp 12-14).", "45%", "2023"},
		{"In 2022, 61% of families were seen within a month [Holt 2017].", "61%", "2022"},
		{"In 2021, 27% of referrals to the clinic were closed (Okafor 2016, p 4).", "27%", "2021"},
		{"In 2021, 33% of carers felt unsupported (Wren et al., 2015, p. 9).", "33%", "2021"},
		{"In 2024, 18% of pupils missed a term (Ndlovu 2019: 37).", "18%", "2024"},
		{"In 2020, 12% of young people left the service early (Bryce 2018).", "12%", "2020"},
		// No year of its own: the citation's gives none.
		{"Some 45% of children waited more than 18 weeks (Smith 2020, pp 12-14).", "Some 45%", ""},
		{"Some 61% of families were seen within a month [Holt 2017].", "Some 61%", ""},
	}
	for _, c := range cases {
		found := false
		for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+c.sentence+"\n")) {
			for _, f := range it.Figures {
				if f.Text != c.figure {
					continue
				}
				found = true
				if f.Period != c.period {
					t.Errorf("%q: %s has period %q, want %q", c.sentence, f.Text, f.Period, c.period)
				}
				m := strings.Fields(strings.ToLower(strings.NewReplacer("|", " ", "(", " ", ")", " ", "[", " ", "]", " ", ",", " ").Replace(f.Measure + " " + f.Key)))
				for _, w := range []string{"smith", "holt", "okafor", "wren", "ndlovu", "bryce", "pp", "p", "p.", "#4", "#9", "#37", "#12-14"} {
					if slices.Contains(m, w) {
						t.Errorf("%q: measure %q key %q keep the citation's %q", c.sentence, f.Measure, f.Key, w)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", c.sentence, c.figure)
		}
	}
}

// TestReportYearAndPagesNotCited: pages named before a report's year ("at
// pp 12-14 of the 2023 report") make no figure, and the report's year,
// the only one the sentence names, dates the finding it reports (hostile
// check 55: checked, as before).
func TestReportYearAndPagesNotCited(t *testing.T) {
	s := "The gap is discussed at pp 12-14 of the 2023 report, which found 45% of children waited."
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+s+"\n")) {
		for _, f := range it.Figures {
			got = append(got, f.Text+" "+f.Period)
		}
	}
	if len(got) != 1 || got[0] != "45% 2023" {
		t.Errorf("%q: figures %q, want only 45%% of 2023", s, got)
	}
}
