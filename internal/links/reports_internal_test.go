package links

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestReportIDsAreTheSourcesOfTheReport: the ids found by the report's hash
// are those a walk of every source finds, sorted, over sources sharing
// publishers, titles and dates in every mix.
func TestReportIDsAreTheSourcesOfTheReport(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var sources []evidence.Source
	for i := range 3000 {
		sources = append(sources, evidence.Source{
			ID:        fmt.Sprintf("s%04d", i),
			Publisher: fmt.Sprintf("P%d", r.IntN(5)),
			Title:     fmt.Sprintf("T%d", r.IntN(20)),
			Date:      evidence.Date{Year: 2020 + r.IntN(3), Month: r.IntN(2)},
			Section:   fmt.Sprintf("part %d", i),
		})
	}
	e := New(nil, sources, nil)
	for _, s := range sources[:300] {
		var want []string
		for _, o := range sources {
			if reportOf(o) == reportOf(s) {
				want = append(want, o.ID)
			}
		}
		slices.Sort(want)
		if got := e.reportIDs(reportOf(s)); !slices.Equal(got, want) {
			t.Fatalf("report of %s: %v, want %v", s.ID, got, want)
		}
	}
	if got := e.reportIDs(report{publisher: "nobody"}); len(got) != 0 {
		t.Errorf("a report of no source: %v", got)
	}
}
