package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestMeasureNamedByItsWaitLimitIsNoStatistic: a sentence whose only
// figure is the limit of a wait a measure is named by ("We will halve the
// number of children waiting over 40 weeks for a hearing test") aims at
// the measure and states no level of it, so it is no statistic; the same
// measure with its level stated is one and keeps its limit.
func TestMeasureNamedByItsWaitLimitIsNoStatistic(t *testing.T) {
	kinds := func(body string) map[evidence.Kind]int {
		out := map[evidence.Kind]int{}
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			out[it.Kind]++
		}
		return out
	}
	for _, s := range []string{
		"We will halve the number of children waiting over 40 weeks for a hearing test.",
		"Our aim is to reduce the share of families who have waited more than 18 weeks for therapy.",
	} {
		if k := kinds(s); k[evidence.Statistic] != 0 {
			t.Errorf("%q: %d statistics, want none", s, k[evidence.Statistic])
		}
	}
	s := "The number of children waiting over 40 weeks for a hearing test fell to 215 in March."
	items := extract.Extract(parseBody(t, "P", s))
	if len(items) != 1 || items[0].Kind != evidence.Statistic || len(items[0].Figures) != 2 {
		t.Errorf("%q: items %+v, want one statistic with the limit and the count", s, items)
	}
}
