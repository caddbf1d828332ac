package library_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestCornerLabelMergedOverHeaderRows: a LibreOffice PDF of a web page's
// tables whose corner cell is merged over the two header rows ("Measure"
// beside "Waiting time (weeks)" and the years under it, a rowspan), set
// on a line of its own between them, keeps the merged header as one
// header with the rows: the unit of the cell merged over the years
// reaches every column under it, 12 weeks and 14 weeks, and the
// thousands of "Children waiting (thousands)" scale 12.5 to 12,500
// (hostile check 53 leftovers). Before, the corner and the merged cell
// were read as two headings over a table with an empty corner: 12 was a
// count measuring "median", and 12.5 a count of 12.5 measuring "region".
//
// cornerspan.pdf is made from cornerspan.html by
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/cornerspan.html
func TestCornerLabelMergedOverHeaderRows(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "cornerspan.pdf"), library.Meta{Publisher: "Westmoor Health Observatory", Type: "report", Date: "2024"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| Measure | Waiting time (weeks) 2022 | Waiting time (weeks) 2023 |\n|---|---|---|\n| Median | 12 | 14 |\n| 90th percentile | 30 | 41 |\n",
		"| Region | Children waiting (thousands) 2022 | Children waiting (thousands) 2023 |\n|---|---|---|\n| London | 12.5 | 14.1 |\n",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no table\n%s\nin:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "## Measure") || strings.Contains(im.Body, "## Waiting time") {
		t.Errorf("header cells read as headings:\n%s", im.Body)
	}
	got := map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			got[f.Text] = fmt.Sprintf("%s %g | %s", f.Unit, f.Value, f.Period)
		}
	}
	for fig, w := range map[string]string{
		"12": "weeks 12 | 2022", "14": "weeks 14 | 2023", "30": "weeks 30 | 2022", "41": "weeks 41 | 2023",
		"12.5": "count 12500 | 2022", "14.1": "count 14100 | 2023", "9.8": "count 9800 | 2022", "11.2": "count 11200 | 2023",
	} {
		if got[fig] != w {
			t.Errorf("figure %s: %q, want %q", fig, got[fig], w)
		}
	}
}
