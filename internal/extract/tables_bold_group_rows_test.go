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

// TestALoneYearRowDatesTheRowsUnderIt: a table's one year row, "|
// 2024/25 | |", dates the rows under it, and a column with a year of
// its own under it ("Hastings 2022 (%)", "England 2023/24 (%)") says
// two years of one value and dates it neither. Before (hostile check
// 68), a lone year row was passed over: Kent's value had no year and
// Hastings' was dated by its header alone.
func TestALoneYearRowDatesTheRowsUnderIt(t *testing.T) {
	body := "Obesity.\n\n| Measure | Hastings 2022 (%) | Hastings 2024 (%) | East Sussex 2024 (%) |\n|---|---|---|---|\n| **2023/24** | | | |\n| Year 6 obese | 29.8 | 31.0 | 21.4 |\n\n" +
		"Text.\n\n| Measure | Kent (%) | England 2023/24 (%) |\n|---|---|---|\n| 2024/25 | | |\n| Seen within 18 weeks | 64 | 71 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	for _, c := range []struct {
		row         string
		v           float64
		place, when string
	}{
		{"Year 6 obese", 29.8, "Hastings", ""},
		{"Year 6 obese", 21.4, "East Sussex", ""},
		{"Seen within 18 weeks", 64, "Kent", "2024/25"},
		{"Seen within 18 weeks", 71, "England", ""},
	} {
		f, ok := rowFigure(its, c.row, c.v)
		if !ok {
			t.Errorf("%s %g: no figure", c.row, c.v)
			continue
		}
		if f.Place != c.place || f.Period != c.when {
			t.Errorf("%s %g: place %q period %q, want %q %q (%+v)", c.row, c.v, f.Place, f.Period, c.place, c.when, f.Record)
		}
	}
}
