package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// The fixture of these tests was made with LibreOffice from the .fodt file
// beside it:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/labelsoverlines.fodt
//
// labelsoverlines.pdf: one page, three tables of plain (not bold) cells
// with no rules, their first column narrow. Table 1: "Team | Contacts |
// Cost (£000s) | Reached within 12 weeks (%)", the last header wrapped,
// labels wrapped over three and four lines ("Family nurse / partnership /
// visits", "Young carers / health and / wellbeing / checks"), and under it
// a "Source: ..." line running across every column onto a second line.
// Table 2: "Locality | Pupils | Nurses in post (FTE) | Pupils per post",
// the last two headers joined by poppler into one run, over labels whose
// first line is a whole word ("Ashbourne / East", "Ashbourne / West and /
// Hilton", "Ashbourne / total"). Table 3: "Boys" and "Girls" label rows,
// each over an "Under 5" and an "Aged 5 to 11" row.

// labelsImportF74e imports the fixture, its publisher given.
func labelsImportF74e(t *testing.T) (string, []evidence.Item) {
	t.Helper()
	im := h60Import(t, "labelsoverlines.pdf")
	return im.Body, im.Items
}

// TestLabelsWrappedOverThreeLinesKeepTheirRows: a table whose labels wrap
// over three lines or more, in lower case, is a table, every figure under
// its header ("(%)" a share); the source line under it is no row. Before
// (hostile check 64), the lines going on in lower case read as prose: the
// header and the first two rows were paragraphs, their figures lost, the
// rest read as two columns ("| All teams 3,650 | 2,800 | 66 |") and the
// 66% a count; the source line was cut into a row of three cells.
func TestLabelsWrappedOverThreeLinesKeepTheirRows(t *testing.T) {
	body, items := labelsImportF74e(t)
	want := "| Team | Contacts | Cost (£000s) | Reached within 12 weeks (%) |\n|---|---|---|---|\n" +
		"| Family nurse partnership visits | 2,140 | 1,870 | 64 |\n" +
		"| Young carers health and wellbeing checks | 630 | 410 | 79 |\n" +
		"| Continence | 880 | 520 | 58 |\n| All teams | 3,650 | 2,800 | 66 |\n"
	if !strings.Contains(body, want) {
		t.Errorf("no %q in:\n%s", want, body)
	}
	if strings.Contains(body, "| Source:") {
		t.Errorf("the source line read as a row:\n%s", body)
	}
	for _, c := range []struct {
		row string
		v   float64
		u   evidence.Unit
	}{
		{"Family nurse partnership visits", 2140, evidence.UnitCount},
		{"Young carers health and wellbeing checks", 410000, evidence.UnitGBP},
		{"All teams", 66, evidence.UnitPercent},
	} {
		if _, ok := cellFigureF72d(items, c.row, c.v, c.u); !ok {
			t.Errorf("no figure %g %s in %s's row", c.v, c.u, c.row)
		}
	}
	for _, it := range items {
		for _, f := range it.Figures {
			if f.Value == 66 && f.Unit != evidence.UnitPercent {
				t.Errorf("66 read as %s in %q", f.Unit, it.Text)
			}
		}
	}
}

// TestLabelsWhoseFirstLineIsWholeKeepTheirPlaces: labels wrapped after a
// whole word ("Ashbourne" over "East") are one label each where the
// table's rows would otherwise share a label, and header cells poppler
// joined ("Nurses in post (FTE) Pupils per post") are cut at the columns
// under them. Label rows over a table's first row of figures ("Boys",
// "Girls") stay rows of their own: the rows under them share labels. Before
// (hostile check 64), East's and West's figures were both Ashbourne's,
// keyed as the total, and the pupils per post had no header.
func TestLabelsWhoseFirstLineIsWholeKeepTheirPlaces(t *testing.T) {
	body, items := labelsImportF74e(t)
	for _, want := range []string{
		"| Locality | Pupils | Nurses in post (FTE) | Pupils per post |\n|---|---|---|---|\n" +
			"| Ashbourne East | 8,300 | 3.5 | 2,371 |\n| Ashbourne West and Hilton | 6,100 | 2.0 | 3,050 |\n" +
			"| Ashbourne total | 14,400 | 5.5 | 2,618 |\n",
		"| Boys |  |  |\n| Under 5 | 120 | 30 |\n| Aged 5 to 11 | 140 | 45 |\n| Girls |  |  |\n| Under 5 | 110 | 25 |\n",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("no %q in:\n%s", want, body)
		}
	}
	keys := map[string]float64{}
	for _, row := range []struct {
		label string
		v     float64
	}{{"Ashbourne East", 8300}, {"Ashbourne West and Hilton", 6100}, {"Ashbourne total", 14400}} {
		f, ok := cellFigureF72d(items, row.label, row.v, evidence.UnitCount)
		if !ok {
			t.Errorf("no count %g in %s's row", row.v, row.label)
			continue
		}
		if v, dup := keys[f.Key]; dup {
			t.Errorf("%s's %g keyed %q like %g", row.label, row.v, f.Key, v)
		}
		keys[f.Key] = row.v
	}
	if f, ok := cellFigureF72d(items, "Ashbourne East", 2371, evidence.UnitCount); !ok || f.Measure != "pupils per post" {
		t.Errorf("2,371: %+v, %v; want a measure of pupils per post", f.Record, ok)
	}
}
