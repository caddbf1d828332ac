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
				series := head.it.ID == it.ID || sameTable(head.it, it)
				if head.it.Source.ID == it.Source.ID && !series {
					continue
				}
				v := links.CompareKeyed(head.f, f, head.key, m.key, rel(head.it, it))
				if v == links.NotComparable || series && v != links.OtherPeriod || !fits(g, m, rel) {
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
		got, want := gather(items, rel, heads), gatherEveryMeasure(items, rel, heads)
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
		got, want := gather(items, rel, heads), gatherEveryMeasure(items, rel, heads)
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
	x.each(one("big#row2", "| A | B |"), func(g int) bool { visited = append(visited, g); return false })
	if want := []int{2000, 2001}; !reflect.DeepEqual(visited, want) {
		t.Errorf("a row of a table visited %v, want the other source's measure and its table's: %v", visited, want)
	}
	visited = nil
	x.each(one("big#7", ""), func(g int) bool { visited = append(visited, g); return false })
	if want := []int{28, 29, 30, 31, 2000}; !reflect.DeepEqual(visited, want) {
		t.Errorf("a statement visited %v, want its own measures and the other source's: %v", visited, want)
	}
}
