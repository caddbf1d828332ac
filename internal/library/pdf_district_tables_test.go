package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// districts69.pdf is made with LibreOffice from districts69.fodt:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/districts69.fodt
//
// Two tables of one council's districts: "Table 3: Children seen within
// 18 weeks, by district (%)" over "District | 2023/24 | 2024/25" and rows
// "Chatham | 61 | 64", "Rainham | 58 | 60"; "Table 4: Children referred
// to CAMHS, by ward" over "Ward | 2023/24 | 2024/25" and rows "Chatham |
// 1 120 | 1 340" (a no-break and a thin space grouping the thousands)
// and "Rainham | 980 | 1 020" (a narrow no-break space).

// TestAPDFTableByDistrictKeepsItsCaptionsMeasure: a PDF table whose first
// column is headed "District" or "Ward" measures what its caption says,
// each row its district's place, and the two tables' Chatham rows are two
// measures; a cell whose thousands a space groups is the one number
// (1,120), never 1 and 120. Before (hostile check 69), every row measured
// "chatham" with no place, keyed as one measure across the two tables,
// and the cells "1 120" were no figures, Chatham's referrals lost.
func TestAPDFTableByDistrictKeepsItsCaptionsMeasure(t *testing.T) {
	im := h60Import(t, "districts69.pdf")
	type want struct {
		place, measure string
		unit           evidence.Unit
	}
	got := map[float64]evidence.Figure{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			got[f.Value] = f
		}
	}
	for v, w := range map[float64]want{
		61:   {"Chatham", "children seen within 18 weeks", evidence.UnitPercent},
		64:   {"Chatham", "children seen within 18 weeks", evidence.UnitPercent},
		58:   {"Rainham", "children seen within 18 weeks", evidence.UnitPercent},
		1120: {"Chatham", "children referred to CAMHS", evidence.UnitCount},
		1340: {"Chatham", "children referred to CAMHS", evidence.UnitCount},
		980:  {"Rainham", "children referred to CAMHS", evidence.UnitCount},
		1020: {"Rainham", "children referred to CAMHS", evidence.UnitCount},
	} {
		f, ok := got[v]
		if !ok || f.Place != w.place || f.Measure != w.measure || f.Unit != w.unit {
			t.Errorf("%g: %+v (found %v), want %s, %q, %s", v, f.Record, ok, w.place, w.measure, w.unit)
		}
	}
	if got[61].Key == got[1120].Key || got[61].Key == "" {
		t.Errorf("two tables' measures share one key %q", got[61].Key)
	}
	for _, v := range []float64{1, 120, 340} {
		if f, ok := got[v]; ok {
			t.Errorf("a spaced number split: %q", f.Text)
		}
	}
	if !strings.Contains(im.Body, "| District |") || !strings.Contains(im.Body, "| Ward |") {
		t.Errorf("tables not read as tables:\n%s", im.Body)
	}
}
