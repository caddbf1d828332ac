package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// headlineOfLatestPeriod makes a table row's value under its latest
// period's header its headline, where the row's values stand under two
// periods or more ("| Children waiting over 18 weeks | 305 | 342 | 388 |"
// under "2022 | 2023 | 2024", "2022/23 | 2023/24", "Q1 2024 | Q2 2024",
// "March 2023 | March 2024"): a briefing quotes the latest figure, as a
// sentence's change from one level to another has the level it reached as
// its headline (the development set's convention). Before, the first
// period's value, often the oldest, led. The latest is the period that
// ends last (measure.ParsePeriod), not the last column: a trend table may
// run newest first. The earlier periods' values stay figures of the row.
// A column of targets or plans (setLevelHeader), a figure with a role (a
// change, a base), a column that names no period and one of another
// measure than the first value's (measure.ColumnPeriod: "Referrals
// 2023/24 | Population 2024/25" are two measures, "Number 2023 | % 2023 |
// Number 2024" one series of numbers beside a share) take no part; a row
// under one period or none (places, groups: "England | Fernleigh") keeps
// its first value as the headline, and so does a row whose first value is
// the latest already, and so does a row with a total beside its periods
// ("Q1 2025/26 | Q2 2025/26 | Half-year total"), whose sum ends with the
// latest period: the convention leaves which leads untold. Where several
// columns share the latest period (a count and a share under "2024"), the
// first of them leads, as the first value of a row does. A row with a
// headline already is left alone. A bracket beside the period qualifies
// it, no other measure (measure.ColumnPeriod): "2025/26 (April to
// December)" follows "2024/25".
func headlineOfLatestPeriod(columns []string, figs []evidence.Figure) {
	if len(columns) != len(figs) {
		return
	}
	first, latest, latestEnd, periods := -1, -1, 0, 0
	series := ""
	for i, h := range columns {
		if figs[i].Role == evidence.RoleHeadline {
			return
		}
		if figs[i].Role != "" || setLevelHeader(h) {
			continue
		}
		rest, p := measure.ColumnPeriod(h)
		if first < 0 {
			first, series = i, rest
		}
		if p.IsZero() && strings.Contains(strings.ToLower(h), "total") {
			// "Q1 | Q2 | Half-year total": the sum over the periods
			// ends with the latest; which of them leads is not told.
			return
		}
		if p.IsZero() || p.Open || rest != series {
			continue
		}
		periods++
		if latest < 0 || p.To > latestEnd {
			latest, latestEnd = i, p.To
		}
	}
	if periods >= 2 && latest != first {
		figs[latest].Role = evidence.RoleHeadline
	}
}
