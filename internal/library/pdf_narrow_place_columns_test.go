package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// narrowplaces67.pdf is made with LibreOffice from narrowplaces67.fodt:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/narrowplaces67.fodt
//
// Bold-headed tables in narrow columns: places side by side in 2.5 cm
// columns ("Vaccine | Surrey (%) | Hampshire (%) | South West (%) |
// England (%)"), with decimal values and, in a second table, bold year
// rows ("2022/23", "2023/24") over their rows; district names broken at
// the cell's edge with no hyphen ("Folkeston" / "e and Hythe (%)",
// "Canterbur" / "y (%)"); a last header cell wrapped ("Change" /
// "(points)") beside "2023/24 (%)"; and a corner wrapped to three lines
// ("Local" / "authority" / "area") over year rows set in the body's
// weight, then in bold.

// TestNarrowPlaceColumnsKeepEachPlacesValues: each narrow column keeps its
// own place and values, and year rows group the rows under them. Before
// (hostile check 67), "84.6" was taken for a paragraph number and kept
// with "86.3" beside it, so Surrey's and Hampshire's values were one cell
// under "Surrey (%) Hampshire (%)", keyed for neither; "2023/24 (%)" and
// "Change (points)" were one column and the 2023/24 values no figures; the
// year rows were glued to the corner ("Local authority area 2022/23") or
// to the row above ("Hampshire 2023/24"), both years keyed alike,
// undated; and "Folkeston e and Hythe" headed its column.
func TestNarrowPlaceColumnsKeepEachPlacesValues(t *testing.T) {
	im := h60Import(t, "narrowplaces67.pdf")
	for _, want := range []string{
		"| Vaccine | Surrey (%) | Hampshire (%) | South West (%) | England (%) |\n|---|---|---|---|---|\n| MMR2 | 84.6 | 86.3 | 88.2 | 87.5 |\n",
		"| Vaccine | Surrey (%) | Hampshire (%) | South West (%) | England (%) |\n|---|---|---|---|---|\n| 2022/23 |  |  |  |  |\n| MMR2 | 84.6 | 86.3 | 88.2 | 87.5 |\n| 2023/24 |  |  |  |  |\n| MMR2 | 83.9 | 85.8 | 87.7 | 86.9 |\n",
		"| Contact | Folkestone and Hythe (%) | Canterbury (%) | Maidstone (%) | Swale (%) |\n",
		"| Area | 2022/23 (%) | 2023/24 (%) | Change (points) |\n|---|---|---|---|\n| Surrey | 76.4 | 74.9 | -1.5 |\n",
		"| Local authority area | Reception obese (%) | Year 6 obese (%) | Year 6 overweight (%) |\n|---|---|---|---|\n| 2022/23 |  |  |  |\n| Surrey | 7.2 | 18.9 | 31.4 |\n| Hampshire | 8.1 | 20.3 | 33.0 |\n| 2023/24 |  |  |  |\n| Surrey | 7.0 | 19.2 | 31.9 |\n",
	} {
		if n := strings.Count(im.Body, want); n == 0 {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "Local authority area 2022/23") || strings.Contains(im.Body, "Hampshire 2023/24") {
		t.Errorf("a year row glued to a label:\n%s", im.Body)
	}
	for _, c := range []struct {
		row         string
		v           float64
		place, when string
	}{
		{"MMR2", 84.6, "Surrey", ""}, // the first table, of no year
		{"MMR2", 83.9, "Surrey", "2023/24"},
		{"MMR2", 85.8, "Hampshire", "2023/24"},
		{"MMR2", 86.9, "England", "2023/24"},
		{"Surrey", 74.9, "Surrey", "2023/24"},
		{"Hampshire", 8.4, "Hampshire", "2023/24"},
		{"Hampshire", 8.1, "Hampshire", "2022/23"},
	} {
		f, ok := figureF76e(im.Items, c.row, c.v, evidence.UnitPercent)
		if !ok {
			t.Errorf("%s %g: no figure", c.row, c.v)
			continue
		}
		if f.Place != c.place || f.Period != c.when {
			t.Errorf("%s %g: place %q period %q, want %q %q", c.row, c.v, f.Place, f.Period, c.place, c.when)
		}
	}
	surrey, _ := figureF76e(im.Items, "MMR2", 84.6, evidence.UnitPercent)
	hants, _ := figureF76e(im.Items, "MMR2", 86.3, evidence.UnitPercent)
	if surrey.Place == hants.Place {
		t.Errorf("Surrey's and Hampshire's values placed alike: %+v, %+v", surrey.Record, hants.Record)
	}
}
