package index

import (
	"context"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	bindex "github.com/blevesearch/bleve_index_api"
)

// TestTypedDiagnosis says, for each prefix of "waiting list" typed over
// the index in CYPX_TYPED_INDEX, what its pruned page saw: each term's
// postings, kept documents and bounds, the candidates and matches, and
// where the proof stopped; for measuring, not a check.
func TestTypedDiagnosis(t *testing.T) {
	dir := os.Getenv("CYPX_TYPED_INDEX")
	if dir == "" {
		t.Skip("CYPX_TYPED_INDEX names no index")
	}
	ix, err := Open(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	tab := ix.facetTable()
	if tab == nil {
		t.Fatal("no facet table")
	}
	const text = "waiting list"
	for i := 1; i <= len(text); i++ {
		cq, err := ix.compile(text[:i], true)
		if err != nil {
			t.Fatal(err)
		}
		t.Log(diagnose(ctx, t, ix, tab, text[:i], cq))
	}
}

func diagnose(ctx context.Context, t *testing.T, ix *Index, tab *facetTable, text string, cq compiled) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q: %T\n", text, cq.q)
	tree, terms, ok, err := typedTree(tab.snap, cq.q)
	if err != nil || !ok {
		fmt.Fprintf(&b, "  not a typed tree (%v)\n", err)
		return b.String()
	}
	fmt.Fprintf(&b, "  tree parent %v kids %v all %v leaf %v\n", tree.parent, tree.kids, tree.all, tree.leaf)
	docTotal, _ := tab.snap.DocCount()
	cl := make([]likeClause, len(terms))
	defer closeClauses(cl)
	idf := make([]float64, len(terms))
	sumSq := 0.0
	for i, c := range terms {
		tfr, err := tab.snap.TermFieldReader(ctx, []byte(c.term), c.field, false, false, false)
		if err != nil {
			t.Fatal(err)
		}
		cl[i] = likeClause{term: c.term, field: c.field, tfr: tfr}
		idf[i] = 1 + math.Log(float64(docTotal)/float64(tfr.Count()+1))
		sumSq += (c.boost * idf[i]) * (c.boost * idf[i])
	}
	queryNorm := 1 / math.Sqrt(sumSq)
	for i, c := range terms {
		w := idf[i]
		if tree.kids[0] > 0 {
			w *= c.boost * idf[i] * queryNorm
		}
		if err := cl[i].weigh(ctx, tab, w); err != nil {
			t.Fatal(err)
		}
		m, _ := tab.bounds.get(ctx, tab.snap, c.field, c.term)
		fmt.Fprintf(&b, "  term %d %s:%s boost %.2f count %d open %v best %d bound %.4f cut %.4f belowCut %.4f (impact max %.4f cut %.4f next %.4f)\n",
			i, c.field, c.term, c.boost, cl[i].tfr.Count(), cl[i].open, len(cl[i].best), cl[i].bound, cl[i].cut, cl[i].belowCut, m.score, m.cut, m.next)
	}
	total, matches, in, ok, err := bitmapTotal(ctx, tab, tree, terms, nil)
	fmt.Fprintf(&b, "  total %d matches %d (ok %v err %v)\n", total, matches, ok, err)
	segDocs0 := make([]uint64, len(tab.sig))
	for i, sig := range tab.sig {
		segDocs0[i] = sig.Docs
	}
	if tree.all[0] {
		if err := withinMatches(ctx, tab, cl, in, segDocs0, topDocs); err != nil {
			t.Fatal(err)
		}
		for i, c := range cl {
			fmt.Fprintf(&b, "  within: term %d open %v best %d bound %.4f cut %.4f last %d belowCut %.4f\n", i, c.open, len(c.best), c.bound, c.cut, c.last, c.belowCut)
		}
	}
	// Each root clause's matches, for a conjunction.
	if tree.all[0] {
		snap := tab.snap.(*scorch.IndexSnapshot)
		for n := 1; n < len(tree.parent); n++ {
			if tree.parent[n] != 0 {
				continue
			}
			count := 0
			for _, ss := range snap.Segments() {
				bm := roaring.New()
				for k, leaf := range tree.leaf {
					for a := leaf; a > 0; a = tree.parent[a] {
						if a == n {
							orPostings(ss.Segment(), terms[k].field, terms[k].term, bm)
							break
						}
					}
				}
				count += int(bm.GetCardinality())
			}
			fmt.Fprintf(&b, "  root clause node %d: %d documents\n", n, count)
		}
	}
	var docs []uint64
	for i := range cl {
		if cl[i].tfr.Count() > 0 {
			docs = append(docs, cl[i].best...)
		}
	}
	fmt.Fprintf(&b, "  candidates (with repeats) %d, most %d\n", len(docs), matches/typedScanShare)
	scoredN, matchedN := 0, 0
	s, err := cq.q.Searcher(ctx, ownReads(tab.snap), ix.bi.Mapping(), search.SearcherOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	adv := advancingScore(s, tab.snap)
	segDocs := make([]uint64, len(tab.sig))
	for i, sig := range tab.sig {
		segDocs[i] = sig.Docs
	}
	page, ok, err := topPage(cl, tree, 50, math.MaxInt, segDocs, nil, func(d uint64) (float64, bool, error) {
		scoredN++
		sc, ok, err := adv(d)
		if ok {
			matchedN++
		}
		return sc, ok, err
	})
	fmt.Fprintf(&b, "  topPage: proven %v, scored %d matched %d, page %d (err %v)", ok, scoredN, matchedN, len(page), err)
	if len(page) > 0 {
		fmt.Fprintf(&b, " last %.4f doc %d first %.4f", page[len(page)-1].score, page[len(page)-1].doc, page[0].score)
	}
	typedScanOnly.Store(true)
	res, err := ix.Search(ctx, Request{Query: text, Typing: true, Limit: 50})
	typedScanOnly.Store(false)
	if err == nil && len(res.Hits) > 0 {
		fmt.Fprintf(&b, "; scan: total %d first %.4f last %.4f", res.Total, res.Hits[0].Score, res.Hits[len(res.Hits)-1].Score)
	}
	b.WriteString("\n")
	return b.String()
}

// TestTypedImpactLevels prints, for the terms of "waiting list"'s
// prefixes, how many documents hold each impact, and how many of them
// match "waiting l".
func TestTypedImpactLevels(t *testing.T) {
	dir := os.Getenv("CYPX_TYPED_INDEX")
	if dir == "" {
		t.Skip("CYPX_TYPED_INDEX names no index")
	}
	ix, err := Open(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	tab := ix.facetTable()
	for _, q := range []string{"waiting l", "waiting li", "waiting lis", "waiting list"} {
		cq, _ := ix.compile(q, true)
		tree, terms, _, _ := typedTree(tab.snap, cq.q)
		snap := tab.snap.(*scorch.IndexSnapshot)
		// M as one bitmap of global numbers
		nodes := make([]*roaring.Bitmap, len(tree.parent))
		m := roaring.New()
		off := uint64(0)
		for _, ss := range snap.Segments() {
			clear(nodes)
			for i, n := range tree.leaf {
				nodes[n] = roaring.New()
				orPostings(ss.Segment(), terms[i].field, terms[i].term, nodes[n])
			}
			for n := len(nodes) - 1; n > 0; n-- {
				p := tree.parent[n]
				switch {
				case nodes[p] == nil:
					nodes[p] = nodes[n]
				case tree.all[p]:
					nodes[p].And(nodes[n])
				default:
					nodes[p].Or(nodes[n])
				}
			}
			it := nodes[0].Iterator()
			for it.HasNext() {
				m.Add(uint32(off + uint64(it.Next())))
			}
			off += ss.Count()
		}
		t.Logf("%q: %d matches", q, m.GetCardinality())
		for _, c := range terms {
			tfr, err := tab.snap.TermFieldReader(ctx, []byte(c.term), c.field, true, true, false)
			if err != nil {
				t.Fatal(err)
			}
			levels := map[float64][2]int{}
			var tfd bindex.TermFieldDoc
			for {
				d, err := tfr.Next(&tfd)
				if err != nil || d == nil {
					break
				}
				n, _ := docNumber(d.ID)
				imp := math.Sqrt(float64(d.Freq)) * d.Norm
				l := levels[imp]
				l[0]++
				if m.Contains(uint32(n)) {
					l[1]++
				}
				levels[imp] = l
			}
			tfr.Close()
			var keys []float64
			for k := range levels {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			slices.Reverse(keys)
			var parts []string
			for i, k := range keys {
				if i == 8 {
					break
				}
				parts = append(parts, fmt.Sprintf("%.4f:%d/%d", k, levels[k][0], levels[k][1]))
			}
			t.Logf("  %s:%s %d levels: %s", c.field, c.term, len(keys), strings.Join(parts, " "))
		}
	}
}
