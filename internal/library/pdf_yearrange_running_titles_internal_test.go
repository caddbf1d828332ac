package library

import "testing"

// TestRunningTitleYearRangeIsNoPage: a running header ending in the years
// a strategy covers ("Healthy Futures strategy 2025–2028") prints no page
// number, though its last year would step with a title page's first year
// as printed pages do; a page number after the title still counts.
func TestRunningTitleYearRangeIsNoPage(t *testing.T) {
	for _, s := range []string{"Healthy Futures – children’s strategy 2025–2028", "Joint plan 2024 to 2027", "Delivery plan 2025-28"} {
		if n, ok := edgeNumber(s); ok {
			t.Errorf("%q: page %d", s, n)
		}
	}
	for s, want := range map[string]int{"Healthy Futures strategy 2025–2028 | Page 6": 6, "Annual report 2024 – 7": 7} {
		if n, ok := edgeNumber(s); !ok || n != want {
			t.Errorf("%q: got %d %v, want %d", s, n, ok, want)
		}
	}
}
