package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestLatestPeriodLeadsATrendRow: a row's value under its latest period's
// header is its headline, found from the headers (by the period's end, so
// a table running newest first leads with its first value): years,
// financial years, quarters, months, a series beside its share; a target
// column beside the years takes no part, nor does a change column.
// Before, the first value led, the oldest of a newest-last table.
// Look-alikes: a row under place columns, or under one period, or beside
// a total, or of two measures each of its own year, keeps its first
// value.
func TestLatestPeriodLeadsATrendRow(t *testing.T) {
	for _, c := range []struct {
		name, header string
		row          string
		want         float64
		figures      int
	}{
		{"newest last", "| Measure | 2022 | 2023 | 2024 |", "| Children waiting over 18 weeks | 305 | 342 | 388 |", 388, 3},
		{"newest first", "| Measure | 2024 | 2023 | 2022 |", "| Children waiting over 18 weeks | 388 | 342 | 305 |", 388, 3},
		{"financial years", "| Measure | 2022/23 | 2023/24 | 2024/25 |", "| Referrals accepted (%) | 71.0 | 68.5 | 66.2 |", 66.2, 3},
		{"quarters", "| Measure | Q1 2024 | Q2 2024 | Q3 2024 |", "| Children seen within 4 weeks (%) | 54 | 57 | 61 |", 61, 3},
		{"quarters of a financial year", "| Measure | Q4 2023/24 | Q1 2024/25 |", "| Children seen within 4 weeks (%) | 54 | 57 |", 57, 2},
		{"months", "| Measure | March 2023 | March 2024 |", "| Children on the caseload | 1,240 | 1,415 |", 1415, 2},
		{"months newest first", "| Measure | Sep 2024 | Mar 2024 | Sep 2023 |", "| Children on the caseload | 1,502 | 1,415 | 1,240 |", 1502, 3},
		{"target beside the years", "| Measure | 2023/24 | 2024/25 | Target |", "| Seen within 18 weeks (%) | 61 | 64 | 92 |", 64, 2},
		{"target before the years", "| Measure | Target | 2023/24 | 2024/25 |", "| Seen within 18 weeks (%) | 92 | 61 | 64 |", 64, 2},
		{"change column", "| Measure | 2023 | 2024 | Change |", "| Children waiting | 305 | 388 | +83 |", 388, 3},
		{"a series beside its share", "| Area | Children 2023 | % 2023 | Children 2024 | % 2024 |", "| North | 1,240 | 12 | 1,415 | 14 |", 1415, 4},
		{"a part year", "| Group | 2024/25 | 2025/26 (April to December) |", "| Children needing a standard manual chair | 9 | 11 |", 11, 2},
		// Look-alikes.
		{"measures of two years", "| Area | Referrals 2023/24 | Population 2024/25 |", "| North | 1,240 | 52,000 |", 1240, 2},
		{"place columns", "| Measure | Fernleigh | Ashcombe | England |", "| Children seen within 4 weeks (%) | 54 | 61 | 58 |", 54, 3},
		{"one period", "| Measure | 2024 | England 2024 |", "| Children seen within 4 weeks (%) | 54 | 58 |", 54, 2},
		{"a total beside the quarters", "| Measure | Q1 2025/26 | Q2 2025/26 | Half-year total |", "| Concerns raised | 6 | 4 | 10 |", 6, 3},
		{"groups", "| Measure | Boys | Girls |", "| Children seen within 4 weeks (%) | 54 | 61 |", 54, 2},
	} {
		body := c.header + "\n" + strings.Repeat("|---", strings.Count(c.header, "|")-1) + "|\n" + c.row + "\n"
		its := extract.Extract(parseBody(t, "P", body))
		if len(its) != 1 {
			t.Errorf("%s: items %v", c.name, its)
			continue
		}
		h, ok := its[0].Headline()
		if !ok || h.Value != c.want {
			t.Errorf("%s: headline %v, want %v (%s)", c.name, h.Value, c.want, describe(its[0].Figures))
		}
		values := 0
		for _, f := range its[0].Figures {
			if f.Role != evidence.RoleThreshold {
				values++
			}
		}
		if values != c.figures {
			t.Errorf("%s: figures %s, want %d", c.name, describe(its[0].Figures), c.figures)
		}
	}
}
