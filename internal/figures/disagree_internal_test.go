package figures

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

// TestDisagreementsAreCompares: the rows a measure's table marks are those
// links.Compare finds another value for, row set against row, over
// figures of hedged, ranged and rounded values, changes, keys that do and
// do not match, periods said and unsaid, and sources apart and of one
// study: the shortcuts that spare a table of hundreds of rows its pairs
// leave none out and add none. A row leaving its time unsaid is first
// given the time of a dated row of one study it agrees with.
func TestDisagreementsAreCompares(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	texts := []struct {
		text      string
		v         float64
		qualifier string
	}{{"44%", 44, ""}, {"46%", 46, ""}, {"around 45%", 45, "around"}, {"44.2%", 44.2, ""}, {"more than 40%", 40, "more than"}, {"nearly half", 50, "nearly"}, {"60%", 60, ""}}
	keys := []string{"percent|pupil||=mhst cover", "percent|pupil||=mhst support cover", "percent|school||=mhst cover"}
	periods := []string{"", "April 2024", "April 2023", "2024"}
	marked, rowsSeen := 0, 0
	for round := 0; round < 200; round++ {
		var g []member
		n := 2 + rnd.Intn(12)
		for i := 0; i < n; i++ {
			x := texts[rnd.Intn(len(texts))]
			f := evidence.Figure{Text: x.text, Value: x.v, Unit: evidence.UnitPercent, Qualifier: x.qualifier, Offset: i,
				Record: evidence.Record{Measure: "covered", Population: "pupils", Period: periods[rnd.Intn(len(periods))], Key: keys[rnd.Intn(len(keys))]}}
			if rnd.Intn(6) == 0 {
				f.Role, f.Change = evidence.RoleChange, []string{"up", "down"}[rnd.Intn(2)]
			}
			src := fmt.Sprintf("s%d", rnd.Intn(4))
			it := evidence.Item{ID: fmt.Sprintf("%s#%d", src, i), Kind: evidence.Statistic, Figures: []evidence.Figure{f},
				Source: evidence.Source{ID: src, Publisher: src}}
			g = append(g, member{it: it, f: f, key: measure.ParseKey(f.Key), period: measure.ParsePeriod(f.Period)})
		}
		rel := func(a, b evidence.Item) measure.Related {
			if (a.Source.ID == "s0") != (b.Source.ID == "s0") {
				return measure.SameStudy
			}
			return measure.Unrelated
		}
		rows := make([]Row, n)
		markDisagreements(rows, g, rel)
		// A row leaving its time unsaid is of the time of the first dated
		// row of one study giving the same value.
		eff := make([]evidence.Figure, n)
		for i := range g {
			eff[i] = g[i].f
			if eff[i].Period != "" || eff[i].Role == evidence.RoleChange {
				continue
			}
			for k := range g {
				if g[k].f.Period != "" && g[k].f.Role != evidence.RoleChange && rel(g[i].it, g[k].it) == measure.SameStudy &&
					links.Compare(g[i].f, g[k].f, measure.SameStudy) == links.SameValue {
					eff[i].Period = g[k].f.Period
					break
				}
			}
		}
		for i := range g {
			want := false
			for j := range g {
				if i != j && links.Compare(eff[i], eff[j], rel(g[i].it, g[j].it)) == links.OtherValue {
					want = true
				}
			}
			rowsSeen++
			if want {
				marked++
			}
			if rows[i].Disagrees != want {
				t.Fatalf("round %d, row %d (%s, %s, %s): marked %v, Compare says %v", round, i, g[i].f.Text, g[i].f.Period, g[i].f.Key, rows[i].Disagrees, want)
			}
		}
	}
	if marked == 0 || marked == rowsSeen {
		t.Errorf("%d of %d rows disagree: the check checked nothing", marked, rowsSeen)
	}
	t.Logf("%d of %d rows disagree", marked, rowsSeen)
}
