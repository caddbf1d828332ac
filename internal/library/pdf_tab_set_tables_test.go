package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// The fixture of these tests was made with LibreOffice from the .fodt file
// beside it:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/tabrows.fodt
//
// tabrows.pdf: a cover, then five pages footed "Issue 1.2 | 3 May 2024 |
// Page N of 6": a caption "Table 3: Grants by district (£000s), 2024" over
// a table set with tabs, "Area<tab>Grant<tab>Schemes" over
// "Leeds<tab>2,800<tab>140" (poppler joins it into one run) and
// "Bradford<tab>1,900<tab>85" (its first cell past the first tab stop, so
// its figures stand a column on); label pairs two a line ("Rooms open:
// 4<tab>Desks open: 9", "Nurses in post:<tab>31<tab>Vacancies:<tab>2");
// "Site<tab>Spend (£000s)<tab>Visits" over "Ash<tab>6,200<tab>1,400" and
// "Yew<tab>2,700<tab>800", the wide header cell pushing "Visits" a column
// on; a one-row table "Total cost of the scheme" and "£48,300"; and a
// numbered paragraph "2.4<tab>Rates of asthma ... at about 31%." whose
// "31%." wraps onto a line of its own at the margin, then a line of
// figures alone, "12,500 9,800".

// hasFigureF66b reports whether an item holds a figure of value v in unit u.
func hasFigureF66b(items []evidence.Item, v float64, u string) bool {
	for _, it := range items {
		for _, f := range it.Figures {
			if f.Value == v && string(f.Unit) == u {
				return true
			}
		}
	}
	return false
}

func tabRowsF66b(t *testing.T) library.Imported {
	t.Helper()
	return h60Import(t, "tabrows.pdf")
}

// TestTabSetTableKeepsEveryRowsFigures: a table set with tabs whose rows
// leave its columns ("Bradford" pushes its figures a tab stop on; "Leeds
// 2,800 140" one run) is read by the order of its cells under its header,
// so Bradford's £1.9m and 85 schemes are kept and read. Before (hostile
// check 60), Bradford's "1,900 85" stood apart as a line of no word and was
// dropped from the text with no warning, and Leeds' row gave no figure.
func TestTabSetTableKeepsEveryRowsFigures(t *testing.T) {
	im := tabRowsF66b(t)
	want := "## Table 3: Grants by district (£000s), 2024\n\n| Area | Grant | Schemes |\n|---|---|---|\n| Leeds | 2,800 | 140 |\n| Bradford | 1,900 | 85 |\n\nIn 2024, 264 families"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no %q in:\n%s", want, im.Body)
	}
	for _, f := range []struct {
		v float64
		u string
	}{{2800000, "gbp"}, {1900000, "gbp"}, {140, "count"}, {85, "count"}} {
		if !hasFigureF66b(im.Items, f.v, f.u) {
			t.Errorf("no figure %g %s", f.v, f.u)
		}
	}
}

// TestTabTableUnderAWideHeaderCellReadInCellOrder: a header cell wider
// than its tab stop ("Spend (£000s)") pushes the next header a column
// past the rows' figures; the rows, a label and two figures each, are read
// under the header's three cells in order: £6.2m and 1,400 visits at Ash.
// Before (hostile check 60), the table was "| Site Spend (£000s) | Visits
// |" with each row's figures in its first cell, or its labels read as a
// column of prose apart from their figures.
func TestTabTableUnderAWideHeaderCellReadInCellOrder(t *testing.T) {
	im := tabRowsF66b(t)
	want := "| Site | Spend (£000s) | Visits |\n|---|---|---|\n| Ash | 6,200 | 1,400 |\n| Yew | 2,700 | 800 |"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no %q in:\n%s", want, im.Body)
	}
	if !hasFigureF66b(im.Items, 6200000, "gbp") || !hasFigureF66b(im.Items, 1400, "count") {
		t.Errorf("Ash's £6.2m and 1,400 visits not read")
	}
}

// TestLabelPairsSetWithTabsAreLinesInOrder: two label pairs a line, set
// with tabs, are four lines in reading order, each a count of its label.
// Before (hostile check 60), they were cut into a table headed "| Rooms
// open: 4 | Desks open: 9 |" whose four figures none read, or, where the
// second pairs did not line up, the right-hand pairs were read after the
// paragraph under them.
func TestLabelPairsSetWithTabsAreLinesInOrder(t *testing.T) {
	im := tabRowsF66b(t)
	want := "## Staffing\n\nRooms open: 4\n\nDesks open: 9\n\nNurses in post: 31\n\nVacancies: 2\n\nIn 2024, 451 pupils"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no %q in:\n%s", want, im.Body)
	}
	if strings.Contains(im.Body, "| Rooms open") {
		t.Errorf("label pairs read as a table:\n%s", im.Body)
	}
	for _, v := range []float64{4, 9, 31} {
		if !hasFigureF66b(im.Items, v, "count") {
			t.Errorf("no count %g", v)
		}
	}
}

// TestASentenceEndSetApartIsKept: a numbered paragraph's last word, a
// figure wrapped onto a line of its own at the margin ("31%."), ends its
// sentence and is read with it. Before (hostile check 60), it was read as
// a paragraph of no word, as a chart's labels are, and dropped: the
// sentence ended "at about" with no figure.
func TestASentenceEndSetApartIsKept(t *testing.T) {
	im := tabRowsF66b(t)
	want := "2.4 Rates of asthma were higher among pupils at the schools by the river, at about 31%.\n\n2.5 In 2024"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no %q in:\n%s", want, im.Body)
	}
}

// TestLinesOfFiguresLeftOutAreWarned: a line of figures with no word
// ("12,500 9,800"), left out of the text as a chart's labels are, is
// named with its page in a warning: no text of a PDF goes unsaid. Before
// (hostile check 60), such lines were dropped in silence, a table row's
// figures among them.
func TestLinesOfFiguresLeftOutAreWarned(t *testing.T) {
	im := tabRowsF66b(t)
	if strings.Contains(im.Body, "12,500") {
		t.Fatalf("the line of figures was kept:\n%s", im.Body)
	}
	want := `pdf: 1 line of figures with no words was left out, as a chart's labels or stray numbers are (page 6: "12,500 9,800")`
	found := false
	for _, w := range im.Warnings {
		found = found || w == want
	}
	if !found {
		t.Errorf("no warning %q in %q", want, im.Warnings)
	}
}
