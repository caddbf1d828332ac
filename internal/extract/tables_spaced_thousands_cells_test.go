package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestATableCellsSpacedThousandsAreOneNumber: a cell whose thousands a
// space groups, plain, thin, narrow no-break or no-break ("1 120",
// "£12 500", "1 204 000"), is that one number, its text the cell's as
// written, so a row so written keeps its figures and its year. "212 980"
// (three digits, a plain space, one group) and "0 388" (a lead group
// opening with a nought) may be two values a PDF glued into one cell: no
// figure, as before; under a header glued from
// columns of two units the number is no figure either, never a count and
// a wait. Before (hostile check 69), such a cell was no figure: a row of
// them was lost, and "| Swale | 980 | 1 020 |" kept only 980.
func TestATableCellsSpacedThousandsAreOneNumber(t *testing.T) {
	for _, sp := range []string{" ", "\u2009", "\u202f", "\u00a0"} {
		body := "## Referrals\n\nTable 1: Children referred to CAMHS\n\n| Area | 2022/23 | 2023/24 | Spend |\n|---|---|---|---|\n" +
			"| Dartford | 1" + sp + "120 | 1" + sp + "340 | £12" + sp + "500 |\n| Swale | 980 | 1" + sp + "020 | 212 980 |\n| Maidstone | 2" + sp + "204" + sp + "000 | 12" + sp + "500 | 50 |\n| Medway | 0 388 | 402 | 40 |\n"
		got := map[string]evidence.Figure{}
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			for _, f := range it.Figures {
				if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
					t.Errorf("%q: figure %q is not at its offset in %q", sp, f.Text, it.Text)
				}
				got[f.Text] = f
			}
		}
		for text, w := range map[string]struct {
			v      float64
			unit   evidence.Unit
			period string
		}{
			"1" + sp + "120":              {1120, evidence.UnitCount, "2022/23"},
			"1" + sp + "340":              {1340, evidence.UnitCount, "2023/24"},
			"1" + sp + "020":              {1020, evidence.UnitCount, "2023/24"},
			"980":                         {980, evidence.UnitCount, "2022/23"},
			"£12" + sp + "500":            {12500, evidence.UnitGBP, ""},
			"2" + sp + "204" + sp + "000": {2204000, evidence.UnitCount, "2022/23"},
			"12" + sp + "500":             {12500, evidence.UnitCount, "2023/24"},
		} {
			f, ok := got[text]
			if !ok || f.Value != w.v || f.Unit != w.unit || f.Period != w.period {
				t.Errorf("%q: %q = %v %s %q (found %v), want %v %s %q", sp, text, f.Value, f.Unit, f.Period, ok, w.v, w.unit, w.period)
			}
		}
		for text := range got {
			if text == "1" || text == "120" || text == "212" || strings.HasSuffix(text, "980") && text != "980" || strings.HasPrefix(text, "0") {
				t.Errorf("%q: a split or glued number read: %q", sp, text)
			}
		}
	}
}

// TestANumberWithADecimalCommaIsNoFigure: "£1,2m", "£3,5 million" and
// "4,5%" hold a comma with fewer digits after it than a thousands group:
// a decimal comma, or a slip for "£1.2m" or "£1,200". Neither the head
// ("£1") nor the tail ("5%") is a figure; "£1,200,000" and "1,200
// children" still are. Before (hostile check 69), "£1,2m" was £1.
func TestANumberWithADecimalCommaIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"The partnership spent £1,2m on early help in Cranbrook in 2023/24.",
		"The council spent £3,5 million on school nursing in Kent in 2024.",
		"Spending on school nursing in Medway was 4,5% higher in 2024.",
		"Surrey spent £2,75bn on children's services in 2024/25.",
	} {
		for _, f := range extract.Figures(s) {
			t.Errorf("%q: figure %q (%v %s)", s, f.Text, f.Value, f.Unit)
		}
	}
	for s, want := range map[string]string{
		"The council spent £1,200,000 on school nursing in 2024.": "£1,200,000=1200000 gbp",
		"In 2024, 1,200 children in Kent were referred to CAMHS.": "1,200 children=1200 count",
	} {
		if got := describe(extract.Figures(s)); got != want {
			t.Errorf("%q: %s, want %s", s, got, want)
		}
	}
}

// TestAPercentInTheHeadingOverATableMakesPercentages: a heading right over
// a table that says its values are percentages ("## Table 3: Children
// seen within 18 weeks, by district (%)", as a PDF's table title is read)
// makes its cells percentages, as a caption saying so does. Before
// (hostile check 69), 61 was a count of children seen.
func TestAPercentInTheHeadingOverATableMakesPercentages(t *testing.T) {
	body := "## Table 3: Children seen within 18 weeks, by district (%)\n\n| District | 2023/24 | 2024/25 |\n|---|---|---|\n| Chatham | 61 | 64 |\n"
	got := figuresOf(t, body)
	if w := [4]string{"children seen within 18 weeks", "2023/24", "Chatham", "Chatham"}; got["61"] != w {
		t.Errorf("61: %q, want %q", got["61"], w)
	}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			if f.Unit != evidence.UnitPercent {
				t.Errorf("%s: unit %s, want percent", f.Text, f.Unit)
			}
		}
	}
}
