package index

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"
)

// TestAnyNumberAsksEachSetOnce: the measure search of the keys of 2,000
// statistics of one measure that differ only in their numbers (a
// district's, a threshold's) asks as many sets of terms as one key's,
// not one set for each key and size: the sets of a pack's pooled measure
// search each read every item of the measure, and an export's cost grew
// with its statistics times its measure's. Counted as the query's sets,
// never as time.
func TestAnyNumberAsksEachSetOnce(t *testing.T) {
	// The keys of "In 2023, N% of children in district i waited more
	// than M weeks for an assessment."
	key := func(i int) string {
		terms := []string{"#" + strconv.Itoa(i), "#" + strconv.Itoa([]int{12, 18, 26, 52}[i%4]), "assess", "wait", "week"}
		slices.Sort(terms)
		return "percent|district||" + strings.Join(terms, " ")
	}
	sets := func(keys []string, anyNumber bool) int {
		q, ok := measuresQuery(keys, anyNumber, false).(*query.DisjunctionQuery)
		if !ok {
			t.Fatalf("%d keys: no disjunction", len(keys))
		}
		if _, term := q.Disjuncts[0].(*query.TermQuery); term {
			return 1
		}
		return len(q.Disjuncts)
	}
	var keys []string
	for i := 100; i < 2100; i++ {
		keys = append(keys, key(i))
	}
	one := sets(keys[:1], true)
	if one == 0 {
		t.Fatalf("key %q asks no set", keys[0])
	}
	if got := sets(keys, true); got > one {
		t.Errorf("2,000 keys differing in their numbers ask %d sets, one key %d", got, one)
	}
	if got := sets(keys, false); got <= one {
		t.Errorf("without MeasuresAnyNumber, 2,000 keys ask %d sets: the test no longer tells", got)
	}
}

// TestAnyWordAsksOneSetForWordsOfTheirOwn: the keys of 500 statistics of
// one measure that each hold a word of their own ("assessment batch17q")
// as well as their numbers ask, with MeasuresAnyWord, as many sets of
// terms as one key's, each asking one fewer term; with MeasuresAnyNumber
// alone, a set for each key. Each set read every item of the measure.
func TestAnyWordAsksOneSetForWordsOfTheirOwn(t *testing.T) {
	key := func(i int) string {
		terms := []string{"#" + strconv.Itoa(i), "#" + strconv.Itoa([]int{12, 18, 26, 52}[i%4]), "assess", "batch" + strconv.Itoa(i) + "q", "wait", "week"}
		slices.Sort(terms)
		return "percent|district||" + strings.Join(terms, " ")
	}
	var keys []string
	for i := 100; i < 600; i++ {
		keys = append(keys, key(i))
	}
	sets := func(q query.Query) []*query.DisjunctionQuery {
		d, ok := q.(*query.DisjunctionQuery)
		if !ok {
			t.Fatal("no disjunction")
		}
		if _, term := d.Disjuncts[0].(*query.TermQuery); term {
			return []*query.DisjunctionQuery{d}
		}
		var out []*query.DisjunctionQuery
		for _, s := range d.Disjuncts {
			out = append(out, s.(*query.DisjunctionQuery))
		}
		return out
	}
	one := sets(measuresQuery(keys[:1], true, false))
	wide := sets(measuresQuery(keys, false, true))
	if len(wide) != len(one) {
		t.Fatalf("500 keys with a word of their own ask %d sets with MeasuresAnyWord, one key %d", len(wide), len(one))
	}
	for i := range wide {
		if len(wide[i].Disjuncts) != len(one[i].Disjuncts)-1 || wide[i].Min != one[i].Min-1 {
			t.Errorf("set %d asks %d of %d terms, want %d of %d", i, int(wide[i].Min), len(wide[i].Disjuncts), int(one[i].Min)-1, len(one[i].Disjuncts)-1)
		}
	}
	if got := len(sets(measuresQuery(keys, true, false))); got < len(keys) {
		t.Errorf("with MeasuresAnyNumber alone, 500 keys ask %d sets: the test no longer tells", got)
	}
	// A key alone keeps its words: no other set asks them.
	if got := sets(measuresQuery(keys[:1], false, true)); len(got) != len(one) || len(got[0].Disjuncts) != len(one[0].Disjuncts) {
		t.Errorf("a key alone with MeasuresAnyWord asks %d sets of %d terms, want %d of %d", len(got), len(got[0].Disjuncts), len(one), len(one[0].Disjuncts))
	}
}
