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
