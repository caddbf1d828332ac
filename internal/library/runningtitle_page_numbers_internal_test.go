package library

import "testing"

// TestRunningTitleLeavesThePageNumber: a title read from running lines
// leaves the page number stepping at their end or start ("Chapter 5:
// Children and young people 48", "48 · Annual Report 2024/25"), never a
// year, a span of years or a number the other lines share.
func TestRunningTitleLeavesThePageNumber(t *testing.T) {
	for _, c := range []struct {
		t       string
		running []string
		want    string
	}{
		{"Chapter 5: Children and young people 48", []string{"Chapter 5: Children and young people 48", "Chapter 5: Children and young people 49"}, "Chapter 5: Children and young people"},
		{"Annual Report 2024/25 · 48", []string{"Annual Report 2024/25 · 48", "Annual Report 2024/25 · 49"}, "Annual Report 2024/25"},
		{"48 · Annual Report 2024/25", []string{"48 · Annual Report 2024/25", "Annual Report 2024/25 · 49"}, "Annual Report 2024/25"},
		{"Briefing paper 14", []string{"Briefing paper 14", "Briefing paper 14"}, "Briefing paper 14"},
		{"Waiting times 2023", []string{"Waiting times 2023", "Waiting times 2024"}, "Waiting times 2023"},
		{"Annual Report 2024/25", []string{"Annual Report 2024/25", "Annual Report 2024/25"}, "Annual Report 2024/25"},
	} {
		if got := runningTitle(c.t, c.running); got != c.want {
			t.Errorf("%q: %q, want %q", c.t, got, c.want)
		}
	}
}
