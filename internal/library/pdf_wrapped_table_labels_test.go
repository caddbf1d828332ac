package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// The fixture of these tests was made with LibreOffice from the .fodt file
// beside it:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/wrappedlabels.fodt
//
// wrappedlabels.pdf: one page, two tables of four equal columns with no
// rules, their cells set left. "Table 1: Referrals, spend and waits by
// age group, 2024" over "Age group | Referrals | Spend (£000s) | Seen
// within 18 weeks (%)" (the last header wraps): each label runs so close
// to its Referrals figure that poppler joins them ("Children aged 0-4
// 1,310"), and "Young people aged 12-17" wraps its ages onto a line of
// their own, its figure 1.7 points right of "aged". "Table 2: Health
// visiting by borough, 2024", set right under the first table, over
// "Borough | Visits | Families | Seen on time (%)", whose "Hammersmith
// and Fulham" wraps after "and".

// cellFigureF72d is the figure of value v in unit u of the item whose text
// holds row, or ok false.
func cellFigureF72d(items []evidence.Item, row string, v float64, u evidence.Unit) (evidence.Figure, bool) {
	for _, it := range items {
		if !strings.Contains(it.Text, row) {
			continue
		}
		for _, f := range it.Figures {
			if f.Value == v && f.Unit == u {
				return f, true
			}
		}
	}
	return evidence.Figure{}, false
}

// TestTableLabelRunIntoItsFirstColumnKeepsTheColumn: a label poppler
// joined to the figure of the next column, and a label wrapped onto a
// second line, are each the first cell of one row of four, every figure
// under its header. Before (hostile check 63), the label and Referrals
// columns were one ("| Children aged 0-4 1,310 | 2,650 | 47 |"), every
// referral count was lost, the wrapped ages were a row of no figures and
// the £4.38m and 36% of its row were keyed to an age "3"; the caption of
// the next table, set tight under it, was cut into a row and the two
// tables read as one.
func TestTableLabelRunIntoItsFirstColumnKeepsTheColumn(t *testing.T) {
	im := h60Import(t, "wrappedlabels.pdf")
	for _, want := range []string{
		"| Age group | Referrals | Spend (£000s) | Seen within 18 weeks (%) |\n|---|---|---|---|\n" +
			"| Children aged 0-4 | 1,310 | 2,650 | 47 |\n| Children aged 5-11 | 2,480 | 3,020 | 51 |\n" +
			"| Young people aged 12-17 | 3,170 | 4,380 | 36 |\n| All under 18s | 6,960 | 10,050 | 43 |\n",
		"Table 2: Health visiting by borough, 2024\n",
		"| Borough | Visits | Families | Seen on time (%) |\n|---|---|---|---|\n| Hammersmith and Fulham | 2,140 | 310 | 81 |\n| Brent |",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	for _, c := range []struct {
		row  string
		v    float64
		u    evidence.Unit
		meas string
	}{
		{"Children aged 0-4", 1310, evidence.UnitCount, "referrals"},
		{"Young people aged 12-17", 3170, evidence.UnitCount, "referrals"},
		{"Young people aged 12-17", 4380000, evidence.UnitGBP, "spend"},
		{"Young people aged 12-17", 36, evidence.UnitPercent, "seen within 18 weeks"},
		{"All under 18s", 6960, evidence.UnitCount, "referrals"},
		{"Hammersmith and Fulham", 2140, evidence.UnitCount, "visits"},
	} {
		f, ok := cellFigureF72d(im.Items, c.row, c.v, c.u)
		if !ok {
			t.Errorf("no figure %g %s in %s's row", c.v, c.u, c.row)
			continue
		}
		if !strings.EqualFold(f.Measure, c.meas) || !strings.Contains(f.Population, c.row) {
			t.Errorf("%s %g: measure %q population %q, want %q of %q", c.row, c.v, f.Measure, f.Population, c.meas, c.row)
		}
	}
}
