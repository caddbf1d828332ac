package library

import "testing"

// A line under a title naming only the period the paper covers is no
// subtitle; a line saying what the paper is about stays one.
func TestPeriodOnlyLineIsNoSubtitle(t *testing.T) {
	for _, s := range []string{"Reporting year 2023/24", "Financial year 2024 to 2025", "Effective April 2026 to March 2028", "Covering 1 April 2024 to 31 March 2025"} {
		if got := subtitleOf(s); got != "" {
			t.Errorf("subtitleOf(%q) = %q, want none", s, got)
		}
	}
	if got := subtitleOf("Children's access to speech therapy in the North East"); got == "" {
		t.Error("a subtitle about the paper's subject was dropped")
	}
}
