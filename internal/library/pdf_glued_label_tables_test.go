package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// The fixture of these tests was made with LibreOffice from the .fodt file
// beside it:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/gluedlabels.fodt
//
// gluedlabels.pdf: a cover, then pages footed "Locality review | Page N
// of 6". Page 2: "Table 4: Visits by locality, 2024" over a table set
// with tabs, "Locality<tab>Visits<tab>Families", whose first row's label
// ends just short of a tab stop, so poppler runs it into its figure
// ("North Lincolnshire3,400 210"), then "Halton<tab>1,250<tab>96" and
// "Barking and Dagenham<tab>2,150<tab>132". Page 3: "Table 5: Spend by
// district, 2024", "District<tab>Spend<tab>Families" (poppler joins
// "SpendFamilies") over "Leek and Horsham<tab>3,600<tab>175" (run into
// one, "Leek and Horsham3,600 175") and "Hull<tab>2,300<tab>64", a note
// "Note: spend is in £000s; families are those supported." under it.
// Page 4: "Table 6: Clinics by area, 2024", "Area<tab>Sessions<tab>Clinics"
// over "Horsham and Leek<tab>640<tab>38" (poppler runs "Horsham and
// Leek640" into one run, a bare number no name tells from a code) and
// "Hull<tab>520<tab>30". Page 5: "Budget (£000s): 6,300<tab>Staff in
// post: 52", "Spend (£m):<tab>14.5" and a sentence wrapped over two
// lines.

// figureOfF70b is the figure of value v in unit u in an item whose text
// holds label, or ok false.
func figureOfF70b(items []evidence.Item, label string, v float64, u evidence.Unit) bool {
	for _, it := range items {
		if !strings.Contains(it.Text, label) {
			continue
		}
		for _, f := range it.Figures {
			if f.Value == v && f.Unit == u {
				return true
			}
		}
	}
	return false
}

// TestTableLabelRunIntoItsFigureKeepsItsRow: a row whose label poppler
// ran into its first figure ("North Lincolnshire3,400", "Leek and
// Horsham3,600") is a row of its table, the label cut from the figure,
// under the header's cells. Before (hostile check 62), the table was
// lost: its rows were lines of text, or the glued run was cut inside the
// label at the header's column edge, its header read "District Leek and
// SpendFamilies", and the row gave no figure. A bare number run into a
// label, "Leek640", is cut where the other rows hold one figure more.
func TestTableLabelRunIntoItsFigureKeepsItsRow(t *testing.T) {
	im := h60Import(t, "gluedlabels.pdf")
	for _, want := range []string{
		"| Locality | Visits | Families |\n|---|---|---|\n| North Lincolnshire | 3,400 | 210 |\n| Halton | 1,250 | 96 |\n| Barking and Dagenham | 2,150 | 132 |",
		"| District | Spend | Families |\n|---|---|---|\n| Leek and Horsham | 3,600 | 175 |\n| Hull | 2,300 | 64 |",
		"| Area | Sessions | Clinics |\n|---|---|---|\n| Horsham and Leek | 640 | 38 |\n| Hull | 520 | 30 |",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	for _, f := range []struct {
		label string
		v     float64
		u     evidence.Unit
	}{
		{"North Lincolnshire", 3400, evidence.UnitCount},
		{"North Lincolnshire", 210, evidence.UnitCount},
		{"Leek and Horsham", 3600000, evidence.UnitGBP},
		{"Leek and Horsham", 175, evidence.UnitCount},
		{"Hull", 2300000, evidence.UnitGBP},
		{"Hull", 64, evidence.UnitCount},
		{"Horsham and Leek", 640, evidence.UnitCount},
		{"Horsham and Leek", 38, evidence.UnitCount},
	} {
		if !figureOfF70b(im.Items, f.label, f.v, f.u) {
			t.Errorf("no figure %g %s in %s's row", f.v, f.u, f.label)
		}
	}
}

// TestMoneyLabelLinesOfAPDF: a PDF's money label lines set beside a count
// pair with a tab are each a statistic of their sum: £6.3m and £14.5m, and
// 52 staff in post. Before (hostile check 62), only the 52 was kept.
func TestMoneyLabelLinesOfAPDF(t *testing.T) {
	im := h60Import(t, "gluedlabels.pdf")
	for _, f := range []struct {
		label string
		v     float64
		u     evidence.Unit
	}{
		{"Budget (£000s): 6,300", 6300000, evidence.UnitGBP},
		{"Spend (£m): 14.5", 14500000, evidence.UnitGBP},
		{"Staff in post: 52", 52, evidence.UnitCount},
	} {
		if !figureOfF70b(im.Items, f.label, f.v, f.u) {
			t.Errorf("no figure %g %s in an item %q", f.v, f.u, f.label)
		}
	}
	if want := "The alliance opened two new hubs during the year, and its outreach team visited every secondary school in the area."; !strings.Contains(im.Body, want) {
		t.Errorf("no %q in:\n%s", want, im.Body)
	}
}
