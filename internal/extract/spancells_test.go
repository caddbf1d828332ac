package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestMergedCellTakesWhatItsHeadersShare: a cell merged over columns,
// written with nothing between the pipes after it, is read under what the
// spanned headers share: "Referrals" of "Referrals 2023" and "Referrals
// 2024", with no year; an empty cell ("|  |") is a value not given, and
// the figure before it keeps its column's year (web tables).
func TestMergedCellTakesWhatItsHeadersShare(t *testing.T) {
	body := "## Referrals to community paediatrics\n\n| Area | Referrals 2023 | Referrals 2024 |\n|---|---|---|\n| Leeds | 1,500 ||\n| York | 900 |  |\n"
	got := map[string]string{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got[f.Text] = f.Measure + " in " + f.Period
		}
	}
	if g := got["1,500"]; !strings.HasPrefix(g, "referrals") || !strings.HasSuffix(g, " in ") {
		t.Errorf("merged 1,500: %q, want referrals with no period (all %v)", g, got)
	}
	if g := got["900"]; !strings.HasSuffix(g, " in 2023") {
		t.Errorf("900 beside an empty cell: %q, want 2023's (all %v)", g, got)
	}
}

// TestFigureMergedOverRowsTakesWhatItsRowsShare: a figure merged over rows,
// the rows under it marked "^^" (MultiMarkdown's cell merged with the one
// above), is of the rows together: the region they share, no year when
// their years differ; a row's own figure keeps its year (web tables).
// Before, 1,500 took the first row's year, 2023.
func TestFigureMergedOverRowsTakesWhatItsRowsShare(t *testing.T) {
	body := "## Children waiting\n\n| Region | Year | Children waiting |\n|---|---|---|\n| North | 2023 | 1,500 |\n| North | 2024 | ^^ |\n| South | 2023 | 900 |\n| South | 2024 | 950 |\n"
	period, pop := map[string]string{}, map[string]string{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			period[f.Text], pop[f.Text] = f.Period, f.Population
		}
	}
	if period["1,500"] != "" || pop["1,500"] != "North" {
		t.Errorf("merged 1,500: period %q, group %q; want no period, North", period["1,500"], pop["1,500"])
	}
	if period["900"] != "2023" || pop["900"] != "South" {
		t.Errorf("900: period %q, group %q; want 2023, South", period["900"], pop["900"])
	}
	if len(period) != 3 {
		t.Errorf("figures %v, want 1,500, 900 and 950 (a continued cell is no figure)", period)
	}
}

// TestMergedFigureTakesNoPeriodFromItsHeading: a figure merged over
// columns or rows of different years has no period, though its section's
// heading names one of the years: the heading's "2024" was the figure's,
// a total of 2023 and 2024, or 2023's value, cited as 2024's (red-team
// round 16). A row's own figure keeps its year.
func TestMergedFigureTakesNoPeriodFromItsHeading(t *testing.T) {
	for _, body := range []string{
		"## Children waiting for mental health services 2024\n\n| Area | 2023 | 2024 |\n|---|---|---|\n| North | 450 ||\n| South | 500 | 550 |\n",
		"## Children waiting in 2024\n\n| Region | Year | Children waiting |\n|---|---|---|\n| North | 2023 | 450 |\n| North | 2024 | ^^ |\n| South | 2023 | 500 |\n| South | 2024 | 550 |\n",
	} {
		period := map[string]string{}
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			for _, f := range it.Figures {
				period[f.Text] = f.Period
			}
		}
		if period["450"] != "" || period["500"] != "2023" || period["550"] != "2024" {
			t.Errorf("periods %v, want 450 with none, 500 in 2023, 550 in 2024\n%s", period, body)
		}
	}
}

// TestEmphasisedCellIsItsValue: a hand-written table that sets its totals
// in bold ("| **Total** | **1,010** |") or a value in italics has those
// figures, of the row's label without its stars (red-team round 16).
// Before, the closing stars were read as a note marker, "**1,010" was no
// figure, and the row no item.
func TestEmphasisedCellIsItsValue(t *testing.T) {
	body := "## Children waiting\n\n| Region | Children waiting | Share waiting |\n|---|---|---|\n| North | 600 | *40%* |\n| **Total** | **1,010** | __45%__ |\n"
	got := map[string]string{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
				t.Errorf("%q is not the row's bytes at %d", f.Text, f.Offset)
			}
			got[f.Text] = fmt.Sprintf("%v %s of %s", f.Value, f.Unit, f.Population)
		}
	}
	want := map[string]string{"600": "600 count of North", "40%": "40 percent of North", "1,010": "1010 count of Total (Region)", "45%": "45 percent of Total (Region)"}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: %q, want %q (all %v)", k, got[k], w, got)
		}
	}
}
