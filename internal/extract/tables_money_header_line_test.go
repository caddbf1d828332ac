package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestMoneyHeaderLineOverABlankHeader: an accounts table a PDF's text
// layer gave a blank header, its column names a line of their own right
// above it ("Note Unrestricted £ Restricted £ Total 2025 £ Total 2024
// £"), holds sums in pounds: each value, glued or alone, is money, a dash
// in a glued cell a nil column and no figure, a bracketed value a
// negative sum, and the note numbers under "Note" no figures. Before,
// the sums were counts, "2" a count of its own, and a glued cell with a
// dash ("1,250,000 – 1,250,000") gave nothing.
func TestMoneyHeaderLineOverABlankHeader(t *testing.T) {
	body := "## Statement of financial activities\n\n" +
		"Note Unrestricted £ Restricted £ Total 2025 £ Total 2024 £\n\n" +
		"|  |  |  |  |\n|---|---|---|---|\n" +
		"| Income from donations | 2 | 318,000 45,000 363,000 | 340,000 |\n" +
		"| Income from contracts | 3 | 1,250,000 – 1,250,000 | 1,010,000 |\n" +
		"| Net income for the year |  | (32,000) – (32,000) | 58,000 |\n"
	want := map[string][]float64{
		"Income from donations":   {318000, 45000, 363000, 340000},
		"Income from contracts":   {1250000, 1250000, 1010000},
		"Net income for the year": {-32000, -32000, 58000},
	}
	seen := 0
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for label, vals := range want {
			if len(it.Text) < len(label) || it.Text[:len(label)+2] != "| "+label {
				continue
			}
			seen++
			if len(it.Figures) != len(vals) {
				t.Errorf("%q: %d figures %+v, want %v", label, len(it.Figures), it.Figures, vals)
				continue
			}
			for k, f := range it.Figures {
				if f.Value != vals[k] || f.Unit != evidence.UnitGBP {
					t.Errorf("%q: figure %d %q %g %s, want £%g", label, k, f.Text, f.Value, f.Unit, vals[k])
				}
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d rows read, want %d", seen, len(want))
	}
	// A table with a header of its own keeps it: counts stay counts.
	body = "Note Unrestricted £ Restricted £\n\n| Area | Children |\n|---|---|\n| North | 1,250 |\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			if f.Unit != evidence.UnitCount {
				t.Errorf("%q: %q %s, want a count", it.Text, f.Text, f.Unit)
			}
		}
	}
}
