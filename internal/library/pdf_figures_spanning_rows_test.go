package library_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPDFFigureSpanningRowsTakesSharedLabels: a PDF table's figure merged
// over two rows and centred in them (27,215 children waiting over the
// North's 2023 and 2024 rows) is written as a web page's rowspan is, "^^"
// in the row under it, and read with only the labels its rows share: the
// North, no year. Before, the figure stood on a line of its own between
// the rows and was joined to the first, and 27,215 was cited as 2023's.
func TestPDFFigureSpanningRowsTakesSharedLabels(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "spanfig.pdf"), library.Meta{Publisher: "Test Trust", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	period, pop := map[string]string{}, map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			if it.Header != "" {
				period[f.Text], pop[f.Text] = f.Period, f.Population
			}
		}
	}
	if !strings.Contains(im.Body, "| North | 2024 | ^^ | 53% |") {
		t.Errorf("the row under the merged figure is not marked ^^:\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "| 27,300 | North | 2023 |\n| ^^ | North | 2024 |\n") {
		t.Errorf("the row under the merged figure of the first column is not marked ^^:\n%s", im.Body)
	}
	for _, fig := range []string{"27,215", "27,300"} {
		if period[fig] != "" || pop[fig] != "North" {
			t.Errorf("%s over 2023 and 2024: period %q, group %q; want none, North", fig, period[fig], pop[fig])
		}
	}
	for fig, year := range map[string]string{"46%": "2023", "53%": "2024", "10,415": "2023"} {
		if period[fig] != year {
			t.Errorf("%s: period %q, want %s", fig, period[fig], year)
		}
	}
}

// TestPDFFigureSpanningThreeRowsIsNotTheMiddleRows: a PDF table's figure
// merged over three rows and centred in them stands on the middle row's
// line ("38,640" beside the North's 2023), in a column the rows above and
// below leave empty. It is written in the first row, the rows under it
// marked "^^", and read with only what its rows share: the North, no year
// (round 17, tables). Before, it was the 2023 row's figure, and cited as
// 2023's. A table whose other rows hold every cell keeps them.
func TestPDFFigureSpanningThreeRowsIsNotTheMiddleRows(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "spanfig3.pdf"), library.Meta{Publisher: "Test Trust", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	want := "| North | 2022 | 38,640 | 41% |\n| North | 2023 | ^^ | 46% |\n| North | 2024 | ^^ | 53% |\n| South | 2022 | 9,870 | 30% |\n"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no rows\n%s\nin:\n%s", want, im.Body)
	}
	period, pop := map[string]string{}, map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			if it.Header != "" {
				period[f.Text], pop[f.Text] = f.Period, f.Population
			}
		}
	}
	if period["38,640"] != "" || pop["38,640"] != "North" {
		t.Errorf("38,640 over 2022 to 2024: period %q, group %q; want none, North", period["38,640"], pop["38,640"])
	}
	for fig, year := range map[string]string{"46%": "2023", "9,870": "2022", "10,415": "2023"} {
		if period[fig] != year {
			t.Errorf("%s: period %q, want %s", fig, period[fig], year)
		}
	}
}
