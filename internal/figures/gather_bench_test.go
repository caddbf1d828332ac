package figures

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// sharedMeasure is n statistics of one measure that six sources share,
// as the extractor reads "N% of children in the district waited more
// than 18 weeks for an assessment.": one figure each, of the one key, no
// period, the values of a few dozen percentages, the sources taken in
// turn as a search gives them mixed.
func sharedMeasure(n int) []evidence.Item {
	items := make([]evidence.Item, n)
	for i := range items {
		s := i % 6
		v := float64(5 + (i/6*37+s*11)%90)
		f := evidence.Figure{Text: strconv.Itoa(int(v)) + "%", Value: v, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline,
			Record: evidence.Record{Measure: "waited more than 18 weeks for an assessment", Population: "children in the district",
				Key: "percent|district||#18 assess wait week"}}
		src := fmt.Sprintf("waits%d", s)
		items[i] = evidence.Item{ID: fmt.Sprintf("%s#%d", src, i/6), Kind: evidence.Statistic,
			Source: evidence.Source{ID: src, Publisher: "Waits Trust " + strconv.Itoa(s)}, Figures: []evidence.Figure{f}}
	}
	return items
}

// sharedCounts is n statistics "In the district N children waited M
// weeks for assessment by the community paediatric service in the year."
// as the extractor reads them, six sources taken in turn: a count of
// children whose key holds the weeks (four keys, some 900 values), and
// weeks whose key holds the count (900 keys).
func sharedCounts(n int) []evidence.Item {
	items := make([]evidence.Item, n)
	for i := range items {
		s := i % 6
		children := 5 + (i/6*37+s*11)%900
		weeks := []int{12, 18, 26, 52}[i/6%4]
		src := fmt.Sprintf("waits%d", s)
		items[i] = evidence.Item{ID: fmt.Sprintf("%s#%d", src, i/6), Kind: evidence.Statistic,
			Source: evidence.Source{ID: src, Publisher: "Waits Trust " + strconv.Itoa(s)}, Figures: []evidence.Figure{
				{Text: fmt.Sprintf("%d children", children), Value: float64(children), Unit: evidence.UnitCount,
					Record: evidence.Record{Key: fmt.Sprintf("count|||#%d assess communiti district paediatr servic wait week year", weeks)}},
				{Text: fmt.Sprintf("%d weeks", weeks), Value: float64(weeks), Unit: evidence.UnitWeeks, Offset: 30,
					Record: evidence.Record{Key: weeksKey}},
			}}
	}
	return items
}

// weeksKey is the key of the waits in weeks of sharedCounts and
// manySourceCounts: one measure in every source. It held the count of
// children beside it as a number ("#412 assess ..."), which made each
// wait a measure of its own once a number of a measure had to match
// (hostile check 67), so the waits compared nothing.
const weeksKey = "weeks|district||assess communiti paediatr servic wait year"

// bySource is the relation links.Engine.Relation gives items of reports
// of their own: one study within a source, none across.
func bySource(a, b evidence.Item) measure.Related {
	if a.Source.ID == b.Source.ID {
		return measure.SameStudy
	}
	return measure.Unrelated
}

// BenchmarkGatherSharedMeasure is cypx figures' grouping (gather) of
// statistics of one undated measure six sources share.
func BenchmarkGatherSharedMeasure(b *testing.B) {
	for _, n := range []int{2000, 8000, 36000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			items := sharedMeasure(n)
			b.ReportAllocs()
			groups := 0
			for b.Loop() {
				groups = len(gather(items, bySource, "", nil))
			}
			b.ReportMetric(float64(groups), "measures")
		})
	}
}

// BenchmarkGatherSharedCounts is gather over sharedCounts: statistics of
// two figures, of measures that six sources share.
func BenchmarkGatherSharedCounts(b *testing.B) {
	for _, n := range []int{2000, 8000, 36000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			items := sharedCounts(n)
			b.ReportAllocs()
			groups := 0
			for b.Loop() {
				groups = len(gather(items, bySource, "", nil))
			}
			b.ReportMetric(float64(groups), "measures")
		})
	}
}

// manySourceCounts is n statistics "In the district P children waited N
// weeks for assessment by the community paediatric service in the year
// S." as the extractor reads them, of 300 sources taken in turn, P, N
// and S at random (seeded): each source gives hundreds of different
// values of the measures it shares with the others (hostile check 50).
func manySourceCounts(n int) []evidence.Item {
	r := rand.New(rand.NewPCG(50, 50))
	items := make([]evidence.Item, n)
	for i := range items {
		s := i % 300
		children, weeks, year := 5+r.IntN(900), 1+r.IntN(104), 2015+r.IntN(10)
		src := fmt.Sprintf("waits%d", s)
		period := strconv.Itoa(year)
		items[i] = evidence.Item{ID: fmt.Sprintf("%s#%d", src, i/300), Kind: evidence.Statistic,
			Source: evidence.Source{ID: src, Publisher: "Waits Trust " + strconv.Itoa(s)}, Figures: []evidence.Figure{
				{Text: fmt.Sprintf("%d children", children), Value: float64(children), Unit: evidence.UnitCount,
					Record: evidence.Record{Period: period, Key: fmt.Sprintf("count|||#%d assess communiti district paediatr servic wait week year", weeks)}},
				{Text: fmt.Sprintf("%d weeks", weeks), Value: float64(weeks), Unit: evidence.UnitWeeks, Offset: 30,
					Record: evidence.Record{Period: period, Key: weeksKey}},
			}}
	}
	return items
}

// BenchmarkGatherManySources is gather over manySourceCounts, to measure
// how its time grows with the items: run with -benchtime=1x.
func BenchmarkGatherManySources(b *testing.B) {
	for _, n := range []int{2500, 5000, 10000, 20000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			items := manySourceCounts(n)
			b.ReportAllocs()
			groups := 0
			for b.Loop() {
				groups = len(gather(items, bySource, "", nil))
			}
			b.ReportMetric(float64(groups), "measures")
		})
	}
}
