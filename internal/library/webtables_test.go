package library_test

import (
	"strings"
	"testing"
)

// A figure cell merged over two year columns ("1,500" over 2023 and 2024)
// is of neither year alone: a total of both, or one value for each. It is
// written as a merged cell ("| 1,500 ||"), and its figure has no period,
// while the row beside it keeps a period for each year. Before, the cell
// was written under 2023 with an empty cell under 2024, and its figure
// was cited as 2023's (web tables).
func TestFigureMergedOverYearsHasNoSingleYear(t *testing.T) {
	im := importPage(t, `<html><head><title>Waiting by region</title></head><body>
<p>Children waiting for speech and language therapy in England by region and year.</p>
<table><tr><th>Region</th><th>2023</th><th>2024</th></tr>
<tr><td>North</td><td colspan="2">1,500</td></tr>
<tr><td>South</td><td>1,200</td><td>1,300</td></tr></table></body></html>`)
	if !strings.Contains(im.Body, "| North | 1,500 ||") || !strings.Contains(im.Body, "| South | 1,200 | 1,300 |") {
		t.Errorf("the merged cell is not written as one:\n%s", im.Body)
	}
	periods := map[string]string{}
	for _, it := range im.Items {
		for _, f := range it.Figures {
			periods[f.Text] = f.Period
		}
	}
	for fig, want := range map[string]string{"1,500": "", "1,200": "2023", "1,300": "2024"} {
		if got, ok := periods[fig]; !ok || got != want {
			t.Errorf("figure %s: period %q (found %v), want %q; figures %v", fig, got, ok, want, periods)
		}
	}
}

// A cell holding a small table of its own (a value set in a one-cell
// table, as some page editors write it) is that table's text, and the
// outer table stays a table: every row's figures are read. Before, any
// table inside a cell made the outer one layout, written as loose lines,
// and Leeds's 23.1 and York's 20.4 weeks were lost (web tables).
func TestSmallTableInCellKeepsOuterTable(t *testing.T) {
	im := importPage(t, `<html><head><title>Waits by city</title></head><body>
<p>Average weeks waited for community paediatrics by city in 2024.</p>
<table><tr><th>City</th><th>Average weeks waited</th><th>Children waiting</th></tr>
<tr><td>Leeds</td><td><table><tr><td>23.1</td></tr></table></td><td>410</td></tr>
<tr><td>York</td><td>20.4</td><td><table><tr><td>385</td><td>[p]</td></tr></table></td></tr></table>
</body></html>`)
	if !strings.Contains(im.Body, "| Leeds | 23.1 | 410 |") || !strings.Contains(im.Body, "| York | 20.4 | 385 [p] |") {
		t.Errorf("the outer table is not kept:\n%s", im.Body)
	}
	got := strings.Join(figuresOf(im), "\n")
	for _, want := range []string{"23.1: average weeks waited", "20.4: average weeks waited", "410: children waiting", "385: children waiting"} {
		if !strings.Contains(got, want) {
			t.Errorf("no figure %q in\n%s", want, got)
		}
	}
}

// A page built of tables stays layout when its boxes hold small tables
// (an e-mail's button, a box of two links): with no header marked, the
// outer table is no data table, and its text is written as paragraphs.
func TestLayoutTableWithSmallTablesStaysLayout(t *testing.T) {
	im := importPage(t, `<html><head><title>Newsletter</title></head><body>
<table><tr><td>Our school nursing service saw more children this term than last, and waits fell in every locality.</td>
<td><table><tr><td><a href="https://example.org/read">Read more</a></td></tr></table></td></tr>
<tr><td>The new drop-in clinic opens on Tuesdays at the health centre for families with young children.</td>
<td><table><tr><td><a href="https://example.org/book">Book a visit</a></td></tr></table></td></tr></table>
</body></html>`)
	if strings.Contains(im.Body, "|") {
		t.Errorf("a layout table was written as a table:\n%s", im.Body)
	}
}
