package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestABoldYearRowDatesTheRowsUnderIt: a Markdown table's group row set
// in bold, "| **2023/24** | |" (as a word processor's or pandoc's export
// writes one), dates the rows under it as the plain "| 2023/24 | |"
// does, and a bold place row, "| **Kent** | |", places them. Before
// (hostile check 68), Dartford's 61 and 63 were two undated values of
// one key.
func TestABoldYearRowDatesTheRowsUnderIt(t *testing.T) {
	body := "Table 2: Children seen within 18 weeks by district and year.\n\n| District | % |\n|---|---|\n| **2023/24** | |\n| Dartford | 61 |\n| Gravesham | 58 |\n| __2024/25__ | |\n| Dartford | 63 |\n| Gravesham | 60 |\n\n" +
		"Text between.\n\n| Area | Referrals | Seen |\n|---|---|---|\n| **Surrey** |  |  |\n| Under 5 | 1,450 | 1,610 |\n| Aged 5 to 15 | 320 | 290 |\n| **England** |  |  |\n| Under 5 | 78,000 | 84,000 |\n| Aged 5 to 15 | 15,000 | 17,000 |\n"
	its := extract.Extract(parseBody(t, "Kent County Council", body))
	for _, c := range []struct {
		row   string
		v     float64
		when  string
		place string
	}{
		{"Dartford", 61, "2023/24", ""},
		{"Gravesham", 58, "2023/24", ""},
		{"Dartford", 63, "2024/25", ""},
		{"Gravesham", 60, "2024/25", ""},
		{"Under 5", 78000, "", "England"},
	} {
		f, ok := rowFigure(its, c.row, c.v)
		if !ok {
			t.Errorf("%s %g: no figure", c.row, c.v)
			continue
		}
		if f.Period != c.when || c.place != "" && f.Place != c.place {
			t.Errorf("%s %g: period %q place %q, want %q %q (%+v)", c.row, c.v, f.Period, f.Place, c.when, c.place, f.Record)
		}
	}
	a, _ := rowFigure(its, "Dartford", 61)
	b, _ := rowFigure(its, "Dartford", 63)
	if a.Key != b.Key || a.Period == b.Period {
		t.Errorf("Dartford's two years: %+v / %+v", a.Record, b.Record)
	}
}
