package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestYearGroupRowsAndPlaceColumnsPlaceAndDateTheirValues: a row holding
// only a year ("| 2022/23 | | |") dates the rows under it; a column
// headed by one place ("Kent (%)" beside "England (%)", "Medway Council
// 2023/24 (%)", "England average (%)") is that place's, measuring the
// row's label; a caption naming several places ("Vaccine uptake, Kent and
// England.") places no figure. Before (hostile check 66), both years'
// values shared a key with no year, Kent's 88.1% measured "kent" with no
// place, or England's under such a caption, and the England average's
// figures had none.
func TestYearGroupRowsAndPlaceColumnsPlaceAndDateTheirValues(t *testing.T) {
	body := "Uptake of childhood vaccines.\n\n| Vaccine | Kent (%) | England (%) |\n|---|---|---|\n| 2022/23 | | |\n| MMR1 at 24 months | 88.1 | 89.3 |\n| Hib/MenC at 24 months | 90.4 | 91.1 |\n" +
		"| 2023/24 | | |\n| MMR1 at 24 months | 87.4 | 88.9 |\n| Hib/MenC at 24 months | 89.9 | 90.8 |\n\n" +
		"Between the tables.\n\n| Indicator | Medway Council 2023/24 (%) | England average 2023/24 (%) |\n|---|---|---|\n| Obesity in Year 6 | 24.2 | 22.1 |\n\n" +
		"More text.\n\n| Service | Surrey (%) | England (%) |\n|---|---|---|\n| Hearing screen | 96.5 | 98.0 |\n\nTable 3: Screening coverage, Surrey and England. Source: returns.\n\n" +
		"Last text.\n\n| Service | Uptake (%) | Waiting (%) |\n|---|---|---|\n| Vision screen | 91.0 | 12.0 |\n\nTable 4: Screening in England, 2024.\n"
	its := extract.Extract(parseBody(t, "P", body))
	for _, c := range []struct {
		row          string
		v            float64
		place, when  string
		measureEmpty bool
	}{
		{"MMR1 at 24 months", 88.1, "Kent", "2022/23", false},
		{"MMR1 at 24 months", 89.3, "England", "2022/23", false},
		{"MMR1 at 24 months", 87.4, "Kent", "2023/24", false},
		{"Hib/MenC at 24 months", 90.8, "England", "2023/24", false},
		{"Obesity in Year 6", 24.2, "Medway", "2023/24", false},
		{"Obesity in Year 6", 22.1, "England", "2023/24", false},
		{"Hearing screen", 96.5, "Surrey", "", false},
		{"Hearing screen", 98.0, "England", "", false},
		{"Vision screen", 91.0, "England", "2024", false},
	} {
		f, ok := rowFigure(its, c.row, c.v)
		if !ok {
			t.Errorf("%s %g: no figure", c.row, c.v)
			continue
		}
		if f.Place != c.place || f.Period != c.when {
			t.Errorf("%s %g: place %q period %q, want %q %q (%+v)", c.row, c.v, f.Place, f.Period, c.place, c.when, f.Record)
		}
		if f.Measure == "" || f.Measure == "kent" || f.Measure == "england" || f.Measure == "england average" {
			t.Errorf("%s %g: measure %q", c.row, c.v, f.Measure)
		}
	}
	a, _ := rowFigure(its, "MMR1 at 24 months", 88.1)
	b, _ := rowFigure(its, "MMR1 at 24 months", 87.4)
	if a.Period == b.Period {
		t.Errorf("Kent's two years alike: %+v, %+v", a.Record, b.Record)
	}
	// Columns of capitalised words beside none the place list knows are
	// no places: "Uptake (%)" stays a measure.
	u, _ := rowFigure(its, "Vision screen", 91.0)
	w, _ := rowFigure(its, "Vision screen", 12.0)
	if u.Key == w.Key {
		t.Errorf("uptake and waiting keyed alike: %q", u.Key)
	}
}
