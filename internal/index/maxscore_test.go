package index_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sync"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// likeRequests are "more like this" searches over random sets of the
// items' stemmed terms: one term to sixteen, common and rare ones, terms
// no item holds, pages of one hit to more than match, with offsets, and
// some with filters (which are not pruned, and must still answer as
// bleve does).
func likeRequests(t *testing.T, ix *index.Index, items []evidence.Item, n int, seed uint64) []index.Request {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 1))
	var out []index.Request
	for len(out) < n {
		// Terms of one item, as the links ask, or of several at random.
		var pool []string
		for range 1 + rng.IntN(3) {
			it := items[rng.IntN(len(items))]
			for _, tok := range index.Tokens(ix, index.Analysers.Text, it.Text) {
				if len(tok.Term) >= 3 && !slices.Contains(pool, tok.Term) {
					pool = append(pool, tok.Term)
				}
			}
		}
		if len(pool) == 0 {
			continue
		}
		rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
		terms := pool[:min(len(pool), 1+rng.IntN(16))]
		if rng.IntN(8) == 0 {
			terms[rng.IntN(len(terms))] = "zzqnosuchterm"
		}
		r := index.Request{Like: "x", LikeTerms: slices.Clone(terms), NoTotal: true}
		r.Limit = []int{1, 3, 10, 30, 30, 30, 100, 5000}[rng.IntN(8)]
		if rng.IntN(6) == 0 {
			r.Offset = rng.IntN(40)
		}
		switch rng.IntN(10) {
		case 0:
			r.Sources = []string{items[rng.IntN(len(items))].Source.ID}
		case 1:
			r.Kinds = []evidence.Kind{evidence.Statistic}
		case 2:
			r.Values = []float64{50, 25}
		}
		out = append(out, r)
	}
	return out
}

// withTies is the items and copies of some of them under other ids, so
// that pages meet documents of equal scores.
func withTies(items []evidence.Item) []evidence.Item {
	out := slices.Clone(items)
	for i := 0; i < len(items); i += 37 {
		c := items[i]
		c.ID = fmt.Sprintf("%s-copy", c.ID)
		out = append(out, c)
	}
	return out
}

// prunedDiffers runs each request pruned and in full (the same request
// asking for its total, which scores every match through bleve's
// searcher, and through bleve's own search over the same index) and
// describes the first difference of hits, order or scores: equal, not
// near.
func prunedDiffers(t *testing.T, ro, ref *index.Index, reqs []index.Request) string {
	t.Helper()
	ctx := context.Background()
	for _, r := range reqs {
		pruned, err := ro.Search(ctx, r)
		if err != nil {
			t.Fatalf("%+v: %v", r, err)
		}
		whole := r
		whole.NoTotal = false
		against := []*index.Index{ro, ref}
		if len(r.Kinds) > 0 {
			// The table checks a broad filter that bleve joins to the
			// query, where it adds to the score (see sameHits).
			against = against[:1]
		}
		for _, w := range against {
			full, err := w.Search(ctx, whole)
			if err != nil {
				t.Fatalf("%+v: %v", r, err)
			}
			if len(pruned.Hits) != len(full.Hits) {
				return fmt.Sprintf("%+v: %d hits pruned, %d in full", r, len(pruned.Hits), len(full.Hits))
			}
			for i := range full.Hits {
				p, f := pruned.Hits[i], full.Hits[i]
				if p.Item.ID != f.Item.ID || p.Score != f.Score {
					return fmt.Sprintf("%+v: hit %d is %s (%v) pruned, %s (%v) in full", r, i, p.Item.ID, p.Score, f.Item.ID, f.Score)
				}
			}
		}
	}
	return ""
}

// TestPrunedLikeSearchIsBleves: a "more like this" search that skips
// the matches that cannot reach its page returns bleve's page: the same
// hits in the same order with the same scores, ties included.
func TestPrunedLikeSearchIsBleves(t *testing.T) {
	items := withTies(generatedItems(t))
	_, ro, ref := readOnlyAndReference(t, items)
	reqs := likeRequests(t, ro, items, 600, 1)
	// The links' own shape: an item's terms, thirty hits.
	for _, it := range items[:40] {
		var terms []string
		for _, tok := range index.Tokens(ro, index.Analysers.Text, it.Text) {
			if !slices.Contains(terms, tok.Term) && len(terms) < 15 {
				terms = append(terms, tok.Term)
			}
		}
		reqs = append(reqs, index.Request{Like: it.Text, LikeTerms: terms, Limit: 30, NoTotal: true})
	}
	if d := prunedDiffers(t, ro, ref, reqs); d != "" {
		t.Fatal(d)
	}
}

// TestPrunedLikeSearchNeedsItsBounds: with every term's bound halved the
// pruned search skips documents that belong on the page, and the
// comparison above sees it; so it would see a bound too small.
func TestPrunedLikeSearchNeedsItsBounds(t *testing.T) {
	items := withTies(generatedItems(t))
	_, ro, ref := readOnlyAndReference(t, items)
	saved := *index.BoundSlack
	t.Cleanup(func() { *index.BoundSlack = saved })
	*index.BoundSlack = 0.5
	d := prunedDiffers(t, ro, ref, likeRequests(t, ro, items, 600, 1))
	if d == "" {
		t.Fatal("halved bounds gave every page unchanged: the comparison cannot tell a wrong bound")
	}
	t.Log(d)
}

// FuzzPrunedLikeSearch compares pruned and full pages over random term
// sets drawn by the fuzzer's seed.
func FuzzPrunedLikeSearch(f *testing.F) {
	f.Add(uint64(2))
	f.Add(uint64(3))
	// Built once a worker, opened afresh for each input: building took
	// most of an input's seconds, and left a 10 s run no inputs of its own.
	items := withTies(generatedItems(f))
	path := builtIndex(f, items)
	f.Fuzz(func(t *testing.T, seed uint64) {
		ro, ref := openReadOnly(t, path, false), openReadOnly(t, path, true)
		if d := prunedDiffers(t, ro, ref, likeRequests(t, ro, items, 20, seed)); d != "" {
			t.Fatal(d)
		}
	})
}

// TestPrunedLikeSearchesAtOnce: searches at once share the terms' kept
// bounds and bitmaps and find what each finds alone.
func TestPrunedLikeSearchesAtOnce(t *testing.T) {
	items := generatedItems(t)
	_, ro, _ := readOnlyAndReference(t, items)
	reqs := likeRequests(t, ro, items, 40, 5)
	ctx := context.Background()
	results := make([][]index.Result, 4)
	var wg sync.WaitGroup
	for g := range results {
		wg.Go(func() {
			for _, r := range reqs {
				res, err := ro.Search(ctx, r)
				if err != nil {
					t.Error(err)
					return
				}
				results[g] = append(results[g], res)
			}
		})
	}
	wg.Wait()
	for i, r := range reqs {
		alone, err := ro.Search(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		for g := range results {
			if len(results[g]) <= i || !reflect.DeepEqual(results[g][i].Hits, alone.Hits) {
				t.Fatalf("%+v: search %d at once differs from the search alone", r, g)
			}
		}
	}
}
