package figures

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

// tableRows is n rows of one source's table "| Area | 2023 | 2024 |", as
// the extractor reads "| Area 12 | 1012 | 2012 |": each row a statistic
// of two counts, of one key (the row's area is not in it), dated by
// their columns; every 97th row states the row before it again. Every
// 50th row is stated by a second source too, in a sentence of its own
// for 2023: the same value, about the same value, or another.
func tableRows(n int) []evidence.Item {
	const key = "count|area||wait"
	src := evidence.Source{ID: "areas", Publisher: "Area Trust"}
	news := evidence.Source{ID: "news", Publisher: "Area News"}
	count := func(v int, period string, offset int) evidence.Figure {
		return evidence.Figure{Text: strconv.Itoa(v), Value: float64(v), Unit: evidence.UnitCount, Offset: offset,
			Record: evidence.Record{Period: period, Key: key}}
	}
	var items []evidence.Item
	for i := range n {
		row := i
		if i%97 == 96 {
			row = i - 1
		}
		items = append(items, evidence.Item{ID: fmt.Sprintf("areas#%d", i), Kind: evidence.Statistic, Source: src,
			Header: "| Area | 2023 | 2024 |", Figures: []evidence.Figure{count(3000+row, "2023", 10), count(9000+row, "2024", 20)}})
		if i%50 == 49 {
			v := 3000 + row
			f := count(v, "2023", 5)
			switch i / 50 % 3 {
			case 1:
				f.Text, f.Value = "about "+strconv.Itoa(v/10*10), float64(v/10*10)
			case 2:
				f.Text, f.Value = strconv.Itoa(v+700), float64(v+700)
			}
			items = append(items, evidence.Item{ID: fmt.Sprintf("news#%d", i), Kind: evidence.Statistic, Source: news,
				Figures: []evidence.Figure{f}})
		}
	}
	return items
}

// TestGatherAsBeforeOverOneSourcesRows: over one source's table of
// thousands of rows of one key, and another source's sentences stating
// some of them again (tableRows), gather makes the measures gatherBefore
// makes: passing the measures a row's figure would be turned away from
// for its source's other value at its year (passOwnTime) loses no
// measure it would have joined.
func TestGatherAsBeforeOverOneSourcesRows(t *testing.T) {
	for _, n := range []int{300, 1000} {
		items := tableRows(n)
		got, want := gather(items, bySource, "", nil), gatherBefore(items, bySource, "")
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%d rows: gather made %d measures, before %d", n, len(got), len(want))
		}
		two := 0
		for _, g := range got {
			srcs := map[string]bool{}
			for _, m := range g {
				srcs[m.it.Source.ID] = true
			}
			if len(srcs) > 1 {
				two++
			}
		}
		if two < n/50/3 {
			t.Fatalf("%d rows: %d measures of two sources: the test compares too little", n, two)
		}
	}
}

// TestAFigurePassesItsSourcesOtherValuesAtItsTimeInOneStep: after 2,000
// rows of one source's table, a new figure of that source for 2023 is
// offered none of the 2,000 rows' measures that give another value for
// 2023 (each would turn it away), but is offered those whose 2023 value
// it agrees with (row 1234's, and rounder values such as 4,000's); of
// 2024 nothing is passed.
func TestAFigurePassesItsSourcesOtherValuesAtItsTimeInOneStep(t *testing.T) {
	var x groupIndex
	items := tableRows(2000)
	var rows []evidence.Item
	for _, it := range items {
		if it.Source.ID == "areas" && it.ID != "areas#1999" {
			rows = append(rows, it)
		}
	}
	for gi, it := range rows {
		x.add(it, gi)
		x.joined(gi, 0, member{it: it, f: it.Figures[0], period: measure.ParsePeriod("2023")}, gi)
	}
	n := len(rows)
	probe := func(v int) (offered []int) {
		f := evidence.Figure{Text: strconv.Itoa(v), Value: float64(v), Unit: evidence.UnitCount}
		pass := x.passOwnTime(rows[0], measure.ParsePeriod("2023"), f, links.PartsOf(f))
		if pass == nil {
			t.Fatal("no pass for a source and year its measures hold")
		}
		for gi := 0; gi < n; {
			if next := pass(gi); next != gi {
				gi = next
				continue
			}
			offered = append(offered, gi)
			gi++
		}
		return offered
	}
	if got := probe(100000); len(got) != 0 {
		t.Errorf("a value no row gives was offered %d measures (%v …)", len(got), got[:min(3, len(got))])
	}
	v := 3000 + 1234
	var want []int
	for gi, it := range rows {
		if measure.Agree(it.Figures[0], evidence.Figure{Text: strconv.Itoa(v), Value: float64(v), Unit: evidence.UnitCount}) {
			want = append(want, gi)
		}
	}
	if got := probe(v); !reflect.DeepEqual(got, want) || !slices.Contains(got, 1234) || len(got) > 10 {
		t.Errorf("the value of row 1234 was offered measures %v, want those whose value agrees, %v", got, want)
	}
	if pass := x.passOwnTime(rows[0], measure.ParsePeriod("2024"), evidence.Figure{Value: 1}, links.FigureParts{}); pass != nil {
		t.Error("a year no measure holds a figure of passes measures")
	}
}

// BenchmarkGatherOneSourcesRows is gather over tableRows: a source's
// table of n rows under one key, as 'cypx figures --limit 50000' met it.
// Run with -benchtime=1x; its time should grow with n, not its square.
func BenchmarkGatherOneSourcesRows(b *testing.B) {
	for _, n := range []int{5000, 20000, 50000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			items := tableRows(n)
			b.ReportAllocs()
			groups := 0
			for b.Loop() {
				groups = len(gather(items, bySource, "", nil))
			}
			b.ReportMetric(float64(groups), "measures")
		})
	}
}
