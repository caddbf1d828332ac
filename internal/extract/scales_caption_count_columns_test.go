package extract_test

import (
	"strings"
	"testing"
)

// TestCaptionScaleReachesAColumnNamingItsCount: a caption or heading
// saying its table's counts are in thousands scales a column whose
// header names the count ("Children seen", "Admissions"), as
// it scales columns of years; a column of weeks, percentages or rates
// beside it keeps its own unit and value. Before, the column's own name
// won over the caption, so 3.4 under "Table 5: Children seen, thousands"
// was a count of 3.4 children, while the same table with
// years for columns read 3,400.
func TestCaptionScaleReachesAColumnNamingItsCount(t *testing.T) {
	for _, c := range []struct {
		body string
		want map[string]float64
	}{
		{"Table 5: Children seen, thousands\n\n| Area | Children seen |\n|---|---|\n| Bradwell | 3.4 |\n",
			map[string]float64{"3.4": 3400}},
		{"Table 3: Admissions (thousands)\n\n| Area | Admissions |\n|---|---|\n| Bradwell | 3.4 |\n",
			map[string]float64{"3.4": 3400}},
		{"## Admissions (thousands)\n\n| Area | Admissions |\n|---|---|\n| Bradwell | 3.4 |\n",
			map[string]float64{"3.4": 3400}},
		{"## Admissions (thousands)\n\n| Area | Admissions | Average stay (weeks) |\n|---|---|---|\n| Bradwell | 3.4 | 17 |\n",
			map[string]float64{"3.4": 3400, "17": 17}},
		{"## Admissions (thousands)\n\n| Area | Admissions | Share (%) | Rate per 1,000 |\n|---|---|---|---|\n| Bradwell | 3.4 | 27 | 8.6 |\n",
			map[string]float64{"3.4": 3400, "27": 27, "8.6": 8.6}},
		{"Table 6: Admissions, millions\n\n| Area | Admissions |\n|---|---|\n| Bradwell | 0.4 |\n",
			map[string]float64{"0.4": 400000}},
		// A caption stating no scale scales nothing.
		{"Table 7: Admissions by area\n\n| Area | Admissions |\n|---|---|\n| Bradwell | 3.4 |\n",
			map[string]float64{"3.4": 3.4}},
	} {
		got := figureValues(t, c.body)
		for text, want := range c.want {
			if got[text] != want {
				t.Errorf("%q: %s read as %v, want %v (all %v)", c.body, text, got[text], want, got)
			}
		}
	}
}

// TestBracketedCountScaleBeforeMoreWords: "(thousands)" in brackets
// states the scale of a caption's counts wherever it stands, not only at
// its end: under "Table 10: Looked-after children (thousands) and rate
// per 10,000, 2024" the count column is in thousands and the rate column
// a rate, and no "thousand" is left in either's measure or key. Before,
// the caption's ending "per 10,000" made 61.2 thousand children a rate
// of 61.2, and "thousand" stayed a term of the rate's key.
func TestBracketedCountScaleBeforeMoreWords(t *testing.T) {
	got := figureKeys(t, "Table 10: Looked-after children (thousands) and rate per 10,000, 2024\n\n| Area | Looked-after children | Rate |\n|---|---|---|\n| Bradwell | 61.2 | 67 |\n")
	if c := got["61.2"]; c.value != 61200 || !strings.HasPrefix(c.key, "count|") || strings.Contains(c.key+c.measure, "thousand") {
		t.Errorf("count column: %+v, want 61200 counted, no \"thousand\" in its measure or key", c)
	}
	if r := got["67"]; r.value != 67 || !strings.HasPrefix(r.key, "other|") || strings.Contains(r.key+r.measure, "thousand") {
		t.Errorf("rate column: %+v, want a rate of 67, no \"thousand\" in its measure or key", r)
	}
}

// TestGluedCapitalKAndM: "3.2K children" and "2.5M children" are counts
// of 3,200 and 2,500,000, as "3.2k children" and "2.5m children" are;
// "£2.5M" is £2.5m; a "5K run" stays no count of thousands. Before, the
// capitals made no figure of either count, and "£2.5M" was £2.50.
func TestGluedCapitalKAndM(t *testing.T) {
	for _, c := range []struct {
		sentence, text string
		want           float64
	}{
		{"In 2024, 3.2K children were seen by the clinic.", "3.2K children", 3200},
		{"In 2024, 2.5M children were seen by the clinic.", "2.5M children", 2.5e6},
		{"Spending on the clinic rose to £2.5M in 2024.", "£2.5M", 2.5e6},
		{"Spending on the clinic rose to £750K in 2024.", "£750K", 750e3},
	} {
		got := figureValues(t, c.sentence+"\n")
		if got[c.text] != c.want {
			t.Errorf("%s: %v, want %q = %v", c.sentence, got, c.text, c.want)
		}
	}
	if got := figureValues(t, "The clinic ran a 5K fun run in 2024 with 35 children.\n"); got["5K"] != 0 || len(got) != 1 {
		t.Errorf("5K run: %v, want only the 35 children", got)
	}
}

// TestScaleNoteOverATable: "Figures are in thousands unless stated." as
// a paragraph right over a table, or over its caption, scales its
// counts as a heading saying so does; a column of weeks keeps its own
// unit, and the same note right under another table is that table's.
// Before, 6.1 under it was a count of 6.1 admissions.
func TestScaleNoteOverATable(t *testing.T) {
	for _, c := range []struct {
		body string
		want map[string]float64
	}{
		{"Figures are in thousands unless stated.\n\n| Area | Admissions | Average stay (weeks) |\n|---|---|---|\n| Bradwell | 6.1 | 3 |\n",
			map[string]float64{"6.1": 6100, "3": 3}},
		{"All figures in millions.\n\nTable 2: Admissions by area\n\n| Area | Admissions |\n|---|---|\n| Bradwell | 0.3 |\n",
			map[string]float64{"0.3": 300000}},
		{"| Area | Admissions |\n|---|---|\n| Ashby | 7.2 |\n\nFigures are in thousands.\n\n| Area | Admissions |\n|---|---|\n| Bradwell | 6.1 |\n",
			map[string]float64{"6.1": 6.1}},
		{"The figures are shown by area.\n\n| Area | Admissions |\n|---|---|\n| Bradwell | 6.1 |\n",
			map[string]float64{"6.1": 6.1}},
	} {
		got := figureValues(t, c.body)
		for text, want := range c.want {
			if got[text] != want {
				t.Errorf("%q: %s read as %v, want %v (all %v)", c.body, text, got[text], want, got)
			}
		}
	}
}
