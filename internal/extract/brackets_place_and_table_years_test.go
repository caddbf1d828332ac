package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestABracketOfAPlaceOrATableCitesNoWorkAndDatesNoDatedFigure: "(England,
// 2023)", "(Kent, 2023)", "(Provisional, 2023)" and "(Boys, 2023)" name no
// author, so the figure is the publisher's; a place's or a table's year
// beside it dates a figure only where the sentence dates it no other way
// ("In January 2024" wins). Real works are still cited, and a bracket
// alone still dates its figure.
func TestABracketOfAPlaceOrATableCitesNoWorkAndDatesNoDatedFigure(t *testing.T) {
	cases := []struct{ text, period, cites string }{
		{"In January 2024, 45% of children waited more than 18 weeks (England, 2023).", "January 2024", ""},
		{"In January 2024, 46% of children waited more than 18 weeks (Kent, 2023).", "January 2024", ""},
		{"In January 2024, 47% of children waited more than 18 weeks (see Table 3, 2023).", "January 2024", ""},
		{"In January 2024, 48% of children waited more than 18 weeks (Figure 2, 2023).", "January 2024", ""},
		{"In 2023, 41% of children waited more than 18 weeks (Provisional, 2023).", "2023", ""},
		{"In 2023, 43% of children waited more than 18 weeks (Boys, 2023).", "2023", ""},
		{"In 2023, 42% of children waited more than 18 weeks (North East, 2023).", "2023", ""},
		// look-alikes that stay as they were
		{"In January 2024, 56% of children waited more than 18 weeks (Health Foundation, 2023).", "January 2024", "Health Foundation, 2023"},
		{"In January 2024, 57% of children waited more than 18 weeks (NHS England, 2023).", "January 2024", "NHS England, 2023"},
		{"Overall, 44% of children waited more than 18 weeks (England, 2023).", "2023", ""},
		{"Overall, 49% of children waited more than 18 weeks (Wales, 2022/23).", "2022/23", ""},
	}
	for _, c := range cases {
		items := extract.Extract(parseBody(t, "Example Health Trust", c.text+"\n"))
		if len(items) != 1 || len(items[0].Figures) == 0 {
			t.Errorf("%q: %d items", c.text, len(items))
			continue
		}
		it := items[0]
		if p := it.Figures[0].Period; p != c.period || it.Cites != c.cites {
			t.Errorf("%q: period %q, cites %q; want %q, %q", c.text, p, it.Cites, c.period, c.cites)
		}
	}
}
