package measure_test

import (
	"math/rand"
	"slices"
	"sort"
	"testing"

	"github.com/cypx/cypx/internal/measure"
)

// TestAlikeHoldsEveryMatch checks Alike's bound over random keys of one to
// twelve terms drawn from a small vocabulary: every key Match pairs with
// another holds at least Min of one of the other's term sets; and the
// bound is tight enough to leave out most keys Match rejects.
func TestAlikeHoldsEveryMatch(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	vocab := []string{"wait", "assess", "autism", "adhd", "refer", "=ehcp", "school", "nurs", "not", "demand", "meet", "servic", "#18", "week"}
	key := func() measure.Key {
		n := 1 + rng.Intn(12)
		var terms, pop []string
		for _, i := range rng.Perm(len(vocab))[:n] {
			if rng.Intn(4) == 0 {
				pop = append(pop, vocab[i])
			} else {
				terms = append(terms, vocab[i])
			}
		}
		sort.Strings(terms)
		sort.Strings(pop)
		return measure.Key{Unit: "percent", Terms: terms, Pop: pop}
	}
	keys := make([]measure.Key, 400)
	for i := range keys {
		keys[i] = key()
	}
	matched, held := 0, 0
	for _, a := range keys {
		sets := a.Alike()
		for _, b := range keys {
			terms := b.IndexTerms()
			holds := false
			for _, s := range sets {
				n := 0
				for _, x := range s.Terms {
					if slices.Contains(terms, x) {
						n++
					}
				}
				holds = holds || n >= s.Min
			}
			if holds {
				held++
			}
			if measure.Match(a, b, measure.SameStudy) {
				matched++
				if !holds {
					t.Errorf("Match pairs %v with %v, which holds too few of its terms", a, b)
				}
			}
		}
	}
	if matched == 0 {
		t.Fatal("no pair matched: the check checked nothing")
	}
	if pairs := len(keys) * len(keys); held > pairs/4 {
		t.Errorf("the bound holds %d of %d pairs (%d match): too loose to narrow a search", held, pairs, matched)
	}
	t.Logf("%d pairs match, %d hold enough terms, of %d", matched, held, len(keys)*len(keys))
}
