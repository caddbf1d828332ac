package figures

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

// gatherEveryMeasure is gather as it was before groupIndex: each figure
// tries every measure in order. The test below holds gather to it.
func gatherEveryMeasure(items []evidence.Item, rel func(a, b evidence.Item) measure.Related, heads string) [][]member {
	var groups [][]member
	for _, it := range items {
		if it.Kind != evidence.Statistic {
			continue
		}
		for _, f := range it.Figures {
			if f.Key == "" {
				continue
			}
			m := member{it: it, f: f, key: measure.ParseKey(f.Key)}
			placed := false
			for gi, g := range groups {
				head := g[0]
				v := links.CompareKeyed(head.f, f, head.key, m.key, rel(head.it, it))
				if v == links.NotComparable || head.it.Source.ID == it.Source.ID && v != links.OtherPeriod || !fitsBefore(g, m, rel) {
					continue
				}
				m.period = measure.ParsePeriod(f.Period)
				m.toHead = v
				groups[gi] = append(g, m)
				placed = true
				break
			}
			if !placed && (heads == "" || it.ID == heads) {
				m.period = measure.ParsePeriod(f.Period)
				groups = append(groups, []member{m})
			}
		}
	}
	return groups
}

// TestGatherSkipsOnlyWhatCannotJoin: over statistics of a few sources in
// mixed order, rows of tables, several figures a statement and periods
// said and unsaid, gather makes the measures trying every one makes.
func TestGatherSkipsOnlyWhatCannotJoin(t *testing.T) {
	rnd := rand.New(rand.NewSource(7))
	keys := []string{"percent|pupil||=mhst cover", "percent|pupil||=mhst support cover", "count|north||referr", "count|north||wait"}
	periods := []string{"", "2022", "2023", "2024", "April 2024"}
	headers := []string{"", "", "| Area | 2023 | 2024 |", "| Service | Waiting |"}
	rel := func(a, b evidence.Item) measure.Related {
		if a.Source.ID == b.Source.ID {
			return measure.SameStudy
		}
		return measure.Unrelated
	}
	joined := 0
	for round := 0; round < 100; round++ {
		var items []evidence.Item
		for i := 0; i < 5+rnd.Intn(60); i++ {
			src := fmt.Sprintf("s%d", rnd.Intn(4))
			it := evidence.Item{ID: fmt.Sprintf("%s#%d", src, i), Kind: evidence.Statistic, Source: evidence.Source{ID: src}, Header: headers[rnd.Intn(len(headers))]}
			for j := 0; j < 1+rnd.Intn(4); j++ {
				v := float64(10 + rnd.Intn(5))
				it.Figures = append(it.Figures, evidence.Figure{Text: fmt.Sprint(v), Value: v, Unit: evidence.UnitPercent, Offset: j,
					Record: evidence.Record{Period: periods[rnd.Intn(len(periods))], Key: keys[rnd.Intn(len(keys))]}})
			}
			items = append(items, it)
		}
		heads := ""
		if round%4 == 0 {
			heads = items[0].ID
		}
		got, want := gather(items, rel, heads, nil), gatherEveryMeasure(items, rel, heads)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: gather made %d measures, trying every one %d", round, len(got), len(want))
		}
		for _, g := range got {
			if len(g) > 1 && g[1].it.Source.ID != g[0].it.Source.ID {
				joined++
			}
		}
	}
	if joined < 50 {
		t.Errorf("only %d measures joined another source's figure: the test compares too little", joined)
	}
	// Keys of many sizes sharing some of their terms, as measures stated
	// in words of their own are (eachMatching offers only the measures
	// that share enough of them).
	words := []string{"assess", "wait", "week", "referr", "treat", "=camhs", "school", "nurs", "#12", "#18", "#52", "batch1q", "batch2q"}
	pops := []string{"", "children", "pupil", "north"}
	joined = 0
	for round := 0; round < 200; round++ {
		var items []evidence.Item
		for i := 0; i < 5+rnd.Intn(80); i++ {
			src := fmt.Sprintf("s%d", rnd.Intn(4))
			it := evidence.Item{ID: fmt.Sprintf("%s#%d", src, i), Kind: evidence.Statistic, Source: evidence.Source{ID: src}, Header: headers[rnd.Intn(len(headers))]}
			for j := 0; j < 1+rnd.Intn(3); j++ {
				var terms []string
				for _, w := range rnd.Perm(len(words))[:1+rnd.Intn(6)] {
					terms = append(terms, words[w])
				}
				sort.Strings(terms)
				v := float64(10 + rnd.Intn(5))
				it.Figures = append(it.Figures, evidence.Figure{Text: fmt.Sprint(v), Value: v, Unit: evidence.UnitPercent, Offset: j,
					Record: evidence.Record{Period: periods[rnd.Intn(len(periods))], Key: "percent|" + pops[rnd.Intn(len(pops))] + "||" + strings.Join(terms, " ")}})
			}
			items = append(items, it)
		}
		heads := ""
		if round%4 == 0 {
			heads = items[0].ID
		}
		got, want := gather(items, rel, heads, nil), gatherEveryMeasure(items, rel, heads)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("keys of many sizes, round %d: gather made %d measures, trying every one %d", round, len(got), len(want))
		}
		for _, g := range got {
			if len(g) > 1 && g[1].it.Source.ID != g[0].it.Source.ID {
				joined++
			}
		}
	}
	if joined < 50 {
		t.Errorf("keys of many sizes: only %d measures joined another source's figure: the test compares too little", joined)
	}
}

// TestGatherVisitsNotItsOwnSourcesOtherStatements: a figure is offered
// only the measures of other sources and of its own statement or table,
// not those its source's other statements started (one sentence of
// 200,000 figures made every figure visit every measure before them).
func TestGatherVisitsNotItsOwnSourcesOtherStatements(t *testing.T) {
	var x groupIndex
	one := func(id, header string) evidence.Item {
		return evidence.Item{ID: id, Source: evidence.Source{ID: "big"}, Header: header}
	}
	gi := 0
	for s := 0; s < 500; s++ {
		for f := 0; f < 4; f++ {
			x.add(one(fmt.Sprintf("big#%d", s), ""), gi)
			gi++
		}
	}
	x.add(evidence.Item{ID: "other#1", Source: evidence.Source{ID: "other"}}, gi)
	gi++
	x.add(one("big#row1", "| A | B |"), gi)
	gi++
	var visited []int
	x.each(one("big#row2", "| A | B |"), 0, false, nil, func(g int) bool { visited = append(visited, g); return false })
	if want := []int{2000, 2001}; !reflect.DeepEqual(visited, want) {
		t.Errorf("a row of a table visited %v, want the other source's measure and its table's: %v", visited, want)
	}
	visited = nil
	x.each(one("big#7", ""), 0, false, nil, func(g int) bool { visited = append(visited, g); return false })
	if want := []int{28, 29, 30, 31, 2000}; !reflect.DeepEqual(visited, want) {
		t.Errorf("a statement visited %v, want its own measures and the other source's: %v", visited, want)
	}
}

// TestGatherAsBeforeOverSharedMeasures: over statistics of a few measures
// that a few sources share, few values stated again and again, periods
// said and unsaid, changes, rows of tables, a statement giving one value
// twice and statements citing another source (one study with it), gather
// makes the measures it made before each class of figure remembered the
// measures that turned it away (gatherBefore), and those trying every
// measure make; and so over statistics of one undated measure six
// sources share (sharedMeasure), and of one dated.
func TestGatherAsBeforeOverSharedMeasures(t *testing.T) {
	rnd := rand.New(rand.NewSource(49))
	keys := []string{"percent|district||#18 assess wait week", "percent|district||#18 assess wait week", "percent|district||assess wait week", "percent|children||wait"}
	periods := []string{"", "", "2023", "2024", "2023/24"}
	headers := []string{"", "", "", "| Area | 2023 | 2024 |"}
	rel := func(a, b evidence.Item) measure.Related {
		if a.Source.ID == b.Source.ID || a.Cites == b.Source.ID || b.Cites == a.Source.ID {
			return measure.SameStudy
		}
		return measure.Unrelated
	}
	figure := func(v float64, key, period string) evidence.Figure {
		return evidence.Figure{Text: fmt.Sprintf("%g%%", v), Value: v, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline,
			Record: evidence.Record{Period: period, Key: key}}
	}
	joined, repeated := 0, 0
	for round := 0; round < 150; round++ {
		var items []evidence.Item
		values := 1 + rnd.Intn(6)
		for i := 0; i < 20+rnd.Intn(300); i++ {
			src := fmt.Sprintf("s%d", rnd.Intn(1+rnd.Intn(5)))
			it := evidence.Item{ID: fmt.Sprintf("%s#%d", src, i), Kind: evidence.Statistic, Source: evidence.Source{ID: src},
				Header: headers[rnd.Intn(len(headers))]}
			if rnd.Intn(8) == 0 {
				it.Cites = fmt.Sprintf("s%d", rnd.Intn(5))
			}
			for j := 0; j < 1+rnd.Intn(3); j++ {
				f := figure(float64(40+rnd.Intn(values)), keys[rnd.Intn(len(keys))], periods[rnd.Intn(len(periods))])
				if rnd.Intn(10) == 0 {
					f.Role, f.Change = evidence.RoleChange, []string{"up", "down"}[rnd.Intn(2)]
				}
				if j > 0 && rnd.Intn(4) == 0 {
					f = it.Figures[0] // the same value said again
					repeated++
				}
				f.Offset = j
				it.Figures = append(it.Figures, f)
			}
			items = append(items, it)
		}
		heads := ""
		if round%5 == 0 {
			heads = items[rnd.Intn(len(items))].ID
		}
		got, want := gather(items, rel, heads, nil), gatherBefore(items, rel, heads)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: gather made %d measures, before %d", round, len(got), len(want))
		}
		if round%10 == 0 {
			if every := gatherEveryMeasure(items, rel, heads); !reflect.DeepEqual(got, every) {
				t.Fatalf("round %d: gather made %d measures, trying every one %d", round, len(got), len(every))
			}
		}
		for _, g := range got {
			if len(g) > 2 {
				joined++
			}
		}
	}
	if joined < 300 || repeated < 100 {
		t.Errorf("%d measures of three figures or more, %d values said twice: the test compares too little", joined, repeated)
	}
	for _, dated := range []bool{false, true} {
		items := sharedMeasure(3000)
		if dated {
			for i := range items {
				items[i].Figures[0].Period = []string{"2023", "2024"}[i%7%2]
			}
		}
		got, want := gather(items, bySource, "", nil), gatherBefore(items, bySource, "")
		if !reflect.DeepEqual(got, want) || len(got) < 100 {
			t.Fatalf("one measure six sources share (dated %v): gather made %d measures, before %d", dated, len(got), len(want))
		}
	}
}

// TestGatherOfASharedMeasureGrowsWithItsFigures: the statistics of one
// undated measure six sources share are grouped with a few comparisons a
// figure (counted as rel is asked), however many share it. Before, each
// figure was compared with each measure before the one it joined, which
// held another value of its source: 61 comparisons a figure at 8,000
// statistics, 32 at 2,000, and 36,000 took 37 s of CPU in 'cypx figures'.
func TestGatherOfASharedMeasureGrowsWithItsFigures(t *testing.T) {
	asked := map[int]int{}
	for _, n := range []int{2000, 8000} {
		rel := func(a, b evidence.Item) measure.Related {
			asked[n]++
			return bySource(a, b)
		}
		gather(sharedMeasure(n), rel, "", nil)
		if asked[n] > 15*n {
			t.Errorf("%d statistics: %d comparisons, %.1f a figure; want at most 15", n, asked[n], float64(asked[n])/float64(n))
		}
	}
	if asked[8000] > 5*asked[2000] {
		t.Errorf("4 times the statistics took %.1f times the comparisons (%d, %d)", float64(asked[8000])/float64(asked[2000]), asked[2000], asked[8000])
	}
}
