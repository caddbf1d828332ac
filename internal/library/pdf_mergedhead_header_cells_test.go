package library_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// mergedHeadFigures imports mergedhead.pdf and gives each table figure's
// unit, measure and period, by its text.
func mergedHeadFigures(t *testing.T) (library.Imported, map[string]string) {
	t.Helper()
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "mergedhead.pdf"), library.Meta{Publisher: "Westmoor Children's Trust", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			if it.Header != "" {
				got[f.Text] = string(f.Unit) + " | " + f.Measure + " | " + f.Period
			}
		}
	}
	return im, got
}

// TestMergedHeaderCellHeadsEveryColumnUnderIt: a LibreOffice table whose
// header cell is merged over two or three year columns ("Children seen
// within 18 weeks (%)" over 2023/24 and 2024/25; one over three years
// with the corner beside it empty; two merged cells side by side, set
// left) gives every column under the merged cell its words and its unit,
// with the column's own year. Before, the first year's column took the
// merged cell's words and the next only its year, so its figures were
// counts of nothing; the cell with the empty corner was a line above the
// table; and the two cells set left were one run over the first column.
func TestMergedHeaderCellHeadsEveryColumnUnderIt(t *testing.T) {
	im, got := mergedHeadFigures(t)
	for _, want := range []string{
		"| Service | Children seen within 18 weeks (%) 2023/24 | Children seen within 18 weeks (%) 2024/25 |\n|---|---|---|\n| Community paediatrics | 71 | 68 |\n",
		"|  | Tooth decay per 100 five year olds 2021/22 | Tooth decay per 100 five year olds 2022/23 | Tooth decay per 100 five year olds 2023/24 |\n|---|---|---|---|\n| Northfield | 23.4 | 22.1 | 21.7 |\n",
		"| Service | Seen within 18 weeks (%) 2023/24 | Seen within 18 weeks (%) 2024/25 | Children waiting 2023/24 | Children waiting 2024/25 |\n|---|---|---|---|---|\n| Community paediatrics | 77 | 74 | 2,410 | 2,655 |\n",
		// Tables with one header row stand as they were.
		"| Service | Children waiting | Waiting over 52 weeks (%) |\n|---|---|---|\n| Community paediatrics | 3,120 | 12 |\n",
		"| Indicator | Unit | Northfield | England |\n|---|---|---|---|\n| Hospital admissions for asthma | per 100,000 | 187 | 162 |\n| Children in care | number | 412 | 83,630 |\n",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no table\n%s\nin:\n%s", want, im.Body)
		}
	}
	for fig, rec := range map[string]string{
		"71": "percent | children seen within 18 weeks: community paediatrics | 2023/24",
		"68": "percent | children seen within 18 weeks: community paediatrics | 2024/25",
		"93": "percent | children seen within 18 weeks: audiology | 2024/25",
		// A rate per 100 people is a rate, its base kept in its measure.
		"22.1":  "other | tooth decay per 100 five year olds | 2022/23",
		"28.9":  "other | tooth decay per 100 five year olds | 2023/24",
		"74":    "percent | seen within 18 weeks: community paediatrics | 2024/25",
		"2,410": "count | children waiting: community paediatrics | 2023/24",
		"361":   "count | children waiting: audiology | 2024/25",
		"12":    "percent | waiting over 52 weeks: community paediatrics | ",
	} {
		if got[fig] != rec {
			t.Errorf("figure %s: %q, want %q", fig, got[fig], rec)
		}
	}
}

// TestWrappedMergedHeaderIsOneHeader: a merged header cell whose text
// wraps onto two lines ("Children seen within 18 weeks" over "(%)",
// centred over 2023/24 and 2024/25) is one header over both columns.
// Before, its lines were cut at the columns under them: one column took
// "Children seen within 18 weeks", the "(%)" stood over a column of its
// own, the next took only its year, and every figure was a count.
func TestWrappedMergedHeaderIsOneHeader(t *testing.T) {
	im, got := mergedHeadFigures(t)
	want := "| Service | Children seen within 18 weeks (%) 2023/24 | Children seen within 18 weeks (%) 2024/25 |\n|---|---|---|\n| Community paediatrics | 62 | 59 |\n| Speech and language therapy | 47 | 44 |\n"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no table\n%s\nin:\n%s", want, im.Body)
	}
	for fig, rec := range map[string]string{
		"62": "percent | children seen within 18 weeks: community paediatrics | 2023/24",
		"59": "percent | children seen within 18 weeks: community paediatrics | 2024/25",
		"88": "percent | children seen within 18 weeks: audiology | 2024/25",
	} {
		if got[fig] != rec {
			t.Errorf("figure %s: %q, want %q", fig, got[fig], rec)
		}
	}
}

// TestCaptionSetCloseAboveATableIsNotItsHeader: a bold caption set close
// above a table ("Table 7: Children waiting more than 52 weeks, by
// locality") is a line of its own, and the table's header its own cells.
// Before, the caption was cut at the table's columns and its words began
// the header cells ("Table 7: Children waiting more than 52 Locality").
func TestCaptionSetCloseAboveATableIsNotItsHeader(t *testing.T) {
	im, got := mergedHeadFigures(t)
	want := "Table 7: Children waiting more than 52 weeks, by locality\n\n| Locality | Children waiting over 52 weeks (% of all waiting) 2023/24 | Children waiting over 52 weeks (% of all waiting) 2024/25 |\n"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no caption and table\n%s\nin:\n%s", want, im.Body)
	}
	// "(% of all waiting)" is the unit's note, no part of the measure.
	if rec := "percent | children waiting over 52 weeks | 2024/25"; got["18.9"] != rec {
		t.Errorf("figure 18.9: %q, want %q", got["18.9"], rec)
	}
}

// TestShortMergedCellCentredOverItsColumnsHeadsThem: a merged header cell
// shorter than the columns it spans, centred over them, crosses one of
// the cells under it ("2023/24" over "Number" and "%") or none ("Rate"
// over "2023/24" and "2024/25"): it heads every column it is centred
// over. Before, "2023/24" headed "Number" alone and the "%" column took
// no year, its figures glued to the next year's count ("12.5 1,310"); and
// "Rate" was a column of its own.
func TestShortMergedCellCentredOverItsColumnsHeadsThem(t *testing.T) {
	im, got := mergedHeadFigures(t)
	for _, want := range []string{
		"| Area | 2023/24 Number | 2023/24 % | 2024/25 Number | 2024/25 % |\n|---|---|---|---|---|\n| Northfield | 1,204 | 12.5 | 1,310 | 13.1 |\n",
		"| Area | Rate 2023/24 | Rate 2024/25 | Children 2023/24 | Children 2024/25 |\n|---|---|---|---|---|\n| Eastbrook | 4.6 | 4.9 | 1,051 | 1,134 |\n",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no table\n%s\nin:\n%s", want, im.Body)
		}
	}
	for fig, rec := range map[string]string{
		// A share column beside its count column measures the share of
		// what the count counts (hostile check 61: "45%" under "Share"
		// beside "Children seen" read as a number of children seen).
		"13.1":  "percent | percentage of children with an education, health and care plan | 2024/25",
		"1,310": "count | children with an education, health and care plan | 2024/25",
		"4.9":   "other | self-harm attendances | 2024/25",
		"1,134": "count | self-harm attendances | 2024/25",
	} {
		if got[fig] != rec {
			t.Errorf("figure %s: %q, want %q", fig, got[fig], rec)
		}
	}
}

// TestTableCarriedToTheNextPageKeepsItsHeader: a LibreOffice table that
// runs on to the next page without repeating its header row, its
// figures set right under wider centred headers ("Seen 2023/24"), takes
// its header on the new page too. Before, the figures' column there
// started where the widest figure did, not where the header had, the
// columns were taken for another table's, and the rows on the second
// page had an empty header: every figure a count of nothing.
func TestTableCarriedToTheNextPageKeepsItsHeader(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "carriedhead.pdf"), library.Meta{Publisher: "Test Trust", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	want := "<!-- page 2 -->\n\n| Practice | Seen 2023/24 | Seen 2024/25 |\n|---|---|---|\n| Ivy Road Surgery | 82 | 83 |\n"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no carried header\n%s\nin:\n%s", want, im.Body)
	}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			if strings.Contains(it.Text, "Jubilee Road Surgery") && f.Period != "2023/24" && f.Period != "2024/25" {
				t.Errorf("figure %s of %q has no year (%q)", f.Text, it.Text, f.Period)
			}
		}
	}
}
