package extract_test

import "testing"

// TestANumberedDaysCaptionOverATableAfterAnUnnumberedOne: a document that
// sets an unnumbered unit line over its first table ("Mean wait in days
// for a home visit") sets its numbered captions over their tables too:
// "Table 4: Average wait in days" gives the table under it days (unit
// other, as days are), not the table before it (hostile check 85, M5: its
// cells were counts).
func TestANumberedDaysCaptionOverATableAfterAnUnnumberedOne(t *testing.T) {
	body := "# Waits\n\nMean wait in days for a home visit\n\n| Team | Wait |\n|---|---|\n| North | 19 |\n\n" +
		"Table 3: Mean months since the last check\n\n| Team | Months |\n|---|---|\n| South | 5 |\n\n" +
		"Table 4: Average wait in days\n\n| Team | Wait |\n|---|---|\n| East | 27 |\n"
	want := []string{"19=19 other", "5=5 months", "27=27 other"}
	got := statisticsOf(t, body)
	if len(got) != len(want) {
		t.Fatalf("%d statistics, want %d: %v", len(got), len(want), got)
	}
	for i, it := range got {
		if d := describe(it.Figures); d != want[i] {
			t.Errorf("%q: %q, want %q", it.Text, d, want[i])
		}
	}
}
