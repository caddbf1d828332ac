package extract_test

import "testing"

// TestARateColumnsUnitNoteIsNoPartOfItsMeasure: a column headed "Rate
// (%)" measures what "Rate" does; its "(%)" says how the figures are
// given (hostile check 70, G8: "obesity at reception: rate (%)" never met
// the same table headed "Rate").
func TestARateColumnsUnitNoteIsNoPartOfItsMeasure(t *testing.T) {
	table := func(h string) string {
		return "Table 4: Tooth decay at age five, by ward\n\n| Ward | " + h + " |\n|---|---|\n| Marsh | 14 |\n| Priory | 21 |\n"
	}
	want := statisticsOf(t, table("Rate"))
	got := statisticsOf(t, table("Rate (%)"))
	if len(got) != 2 || len(want) != 2 {
		t.Fatalf("%d and %d rows, want 2 each", len(got), len(want))
	}
	for i := range got {
		g, w := got[i].Figures[0].Measure, want[i].Figures[0].Measure
		if g != w || g == "" {
			t.Errorf("row %q measures %q, headed \"Rate\" %q", got[i].Text, g, w)
		}
	}
}
