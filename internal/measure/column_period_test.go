package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/measure"
)

// TestColumnPeriod: a header's one period and its other words, read as
// Describe reads a column's period; a header of a place, two periods or a
// target's year gives none.
func TestColumnPeriod(t *testing.T) {
	for _, c := range []struct{ header, rest, period string }{
		{"2023/24", "", "2023/24"},
		{"Referrals 2024", "referrals", "2024"},
		{"Q1 2024/25", "", "Q1 2024/25"},
		{"March 2024", "", "March 2024"},
		{"Hastings (2022) %", "hastings %", "2022"},
		{"2025/26 (April to December)", "", "2025/26"},
		{"Coverage (%) 2024", "coverage", "2024"},
		// Look-alikes.
		{"England", "", ""},
		{"2023 and 2024", "", ""},
	} {
		rest, p := measure.ColumnPeriod(c.header)
		got := ""
		if !p.IsZero() {
			got = p.Text
		}
		if got != c.period || rest != c.rest {
			t.Errorf("%q: period %q, rest %q; want %q, %q", c.header, got, rest, c.period, c.rest)
		}
	}
}
