package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// figureValues extracts body and maps each figure's text to its value.
func figureValues(t *testing.T, body string) map[string]float64 {
	t.Helper()
	got := map[string]float64{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got[f.Text] = f.Value
		}
	}
	return got
}

// TestCountScaleOfHeadingAndCaption: a heading or caption over a table
// saying its counts are in thousands or millions scales them, as a
// header cell saying so does. Before, 12.5 under "## Referrals
// (thousands)" was a count of 12.5 beside another source's 12,500.
func TestCountScaleOfHeadingAndCaption(t *testing.T) {
	rows := "| Region | 2022/23 | 2023/24 |\n|---|---|---|\n| North | 12.5 | 14.1 |\n"
	for _, c := range []struct {
		over string
		want float64
	}{
		{"## Referrals (thousands)\n\n", 12500},
		{"## Referrals, thousands\n\n", 12500},
		{"Table 5: Children waiting, thousands\n\n", 12500},
		{"Table 7: Children waiting (figures in thousands)\n\n", 12500},
		{"Table 8: Children waiting (numbers in millions)\n\n", 12.5e6},
		{"## Referrals (in thousands)\n\nTable 2: Referrals by region\n\n", 12500},
		{"## Referrals by region\n\n", 12.5},
		{"## Referrals (thousands)\n\nSome text about the region.\n\nMore text.\n\nAnd more text here.\n\n", 12.5},
	} {
		got := figureValues(t, c.over+rows)
		if got["12.5"] != c.want {
			t.Errorf("%q: 12.5 read as %v, want %v (all %v)", c.over, got["12.5"], c.want, got)
		}
	}
}

// TestOneInManyThousandsIsAShare: "1 in 10,000" and "1 in 2,500" are
// shares (0.01%, 0.04%), as "one in 1,000" is 0.1%, their text as
// written. Before, each was a rate of 1 with its base lost, so the two
// sources agreed on 1 and a badge showed "1".
func TestOneInManyThousandsIsAShare(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		want           float64
	}{
		{"In 2023, 1 in 10,000 children had the condition.", "1 in 10,000", 0.01},
		{"In 2023, 1 in 2,500 children had the condition.", "1 in 2,500", 0.04},
		{"About 1 in 3,000 babies is born with it.", "About 1 in 3,000", 0.0333},
		{"One in 1,000 children had the condition.", "One in 1,000", 0.1},
		{"Roughly 1 in 100,000 children had the condition.", "Roughly 1 in 100,000", 0.001},
	} {
		figs := extract.Figures(c.sentence)
		if len(figs) != 1 || figs[0].Text != c.text || figs[0].Value != c.want || figs[0].Unit != "percent" {
			t.Errorf("%s: %+v, want %s = %v percent", c.sentence, figs, c.text, c.want)
		}
	}
	// Too small a share to show is left out, never a count or 0%.
	if figs := extract.Figures("Only 1 in 2,000,000 children had it."); len(figs) != 0 {
		t.Errorf("1 in 2,000,000: %+v, want no figure", figs)
	}
}

// TestForeignMoneyIsNoCount: a sum in euros or dollars has no unit among
// figures' and is left out, never a count; pounds named after the number
// with a scale or "sterling" are pounds. Before, "€3.5 million" was a
// count of 3.5 million measured "spending was €", and "1.2 billion
// pounds" a count of 1.2 billion "pounds".
func TestForeignMoneyIsNoCount(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string // text=value unit
	}{
		{"Spending was €3.5 million in Ireland in 2023.", nil},
		{"Spending was $2.1 million in Ohio in 2023.", nil},
		{"It cost US$40 per child and EUR 300 per family, 300 USD in all.", nil},
		{"Funding of 5 million dollars was given in 2024.", nil},
		{"Funding of 300 euros was given to 40 families.", []string{"40 families=40 count"}},
		{"Funding of 1.2 billion pounds was announced in 2024.", []string{"1.2 billion pounds=1.2e+09 gbp"}},
		{"It cost about 40 pounds sterling per child.", []string{"about 40 pounds sterling=40 gbp"}},
		{"The baby weighed 9 pounds.", nil},
		{"The ICB put in an extra 420,000 pounds this year.", []string{"420,000 pounds=420000 gbp"}},
		{"Spending was £3.5 million in 2023.", []string{"£3.5 million=3.5e+06 gbp"}},
	} {
		var got []string
		for _, f := range extract.Figures(c.sentence) {
			got = append(got, f.Text+"="+fmtFloat(f.Value)+" "+string(f.Unit))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestScientificNotationIsNoFigure: a number in scientific notation, in
// any form an import leaves it, is no figure, nor is any fragment of it.
// Before, "3.2 x 10" gave 3 and "3.2 x 104 children" 104 children.
func TestScientificNotationIsNoFigure(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string // text=value unit
	}{
		{"The rate rose to 3.2 x 10 in 2023.", nil},
		{"Around 3.2 x 104 children were affected in 2023.", nil},
		{"The rate was 3.2 x 10[^4] in 2023.", nil},
		{"About 3.2 × 10⁴ children were seen in 2023.", nil},
		{"About 3.2 x 10^4 children and 40 families were seen.", []string{"40 families=40 count"}},
	} {
		var got []string
		for _, f := range extract.Figures(c.sentence) {
			got = append(got, f.Text+"="+fmtFloat(f.Value)+" "+string(f.Unit))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: %q, want %q", c.sentence, got, c.want)
		}
	}
}

// TestPartOfAPersonIsNoCount: "1.200 children" is no count (a grouping
// dot or a decimal, not known which), nor "1.5 children" with no average
// said; "2.5 children per family" is an average and stays. And "according
// to the European survey" cites no one: an adjective alone is no body.
// Before, 1.2 children were counted, citing "European".
func TestPartOfAPersonIsNoCount(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string // text=value unit
	}{
		{"In 2023, 1.200 children were waiting for autism assessment.", nil},
		{"In 2023, 1.5 children were waiting.", nil},
		{"In 2023, 2.5 children per family were seen.", []string{"2.5 children=2.5 count"}},
		{"The average was 1.4 children in 2023.", []string{"1.4 children=1.4 count"}},
		{"Some 1,200 children were waiting.", []string{"Some 1,200 children=1200 count"}},
	} {
		var got []string
		for _, f := range extract.Figures(c.sentence) {
			got = append(got, f.Text+"="+fmtFloat(f.Value)+" "+string(f.Unit))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%s: %q, want %q", c.sentence, got, c.want)
		}
	}
	it := itemOf(t, "In 2023, 1,200 children were waiting for autism assessment in the region, according to the European survey.")
	if it.Cites != "" {
		t.Errorf("cites %q, want none: an adjective alone is no body", it.Cites)
	}
	it = itemOf(t, "In 2023, 1,200 children were waiting for autism assessment in the region, according to the European Commission.")
	if it.Cites != "European Commission" {
		t.Errorf("cites %q, want European Commission", it.Cites)
	}
}

// TestForeignMoneyColumnsAreNoCounts: a table column or caption stating
// money in euros or dollars gives no figures; a pounds column beside it
// keeps its own. Before, 3.5 under "Spend (€m)" was a count of 3.5.
func TestForeignMoneyColumnsAreNoCounts(t *testing.T) {
	got := figureValues(t, "## Spending\n\n| Country | Spend (€m) | Spend ($m) | Spend (USD) | Spend (£m) |\n|---|---|---|---|---|\n| Ireland | 3.5 | 4.1 | 200 | 2.5 |\n")
	if len(got) != 1 || got["2.5"] != 2.5e6 {
		t.Errorf("got %v, want only 2.5 (£m) = 2500000", got)
	}
	got = figureValues(t, "Table 3: Spending, € million\n\n| Country | 2023 |\n|---|---|\n| Ireland | 3.5 |\n")
	if len(got) != 0 {
		t.Errorf("got %v under a caption in euros, want none", got)
	}
}
