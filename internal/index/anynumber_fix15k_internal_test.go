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
		q, ok := measuresQuery(keys, anyNumber).(*query.DisjunctionQuery)
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
