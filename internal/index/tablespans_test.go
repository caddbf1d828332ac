package index_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/cypx/cypx/internal/index"
)

// TestTableSpansAreTheIdsSearchs: the matched spans of a search over the
// facet table, read by the hits' document numbers, are those the text
// found by the hits' ids gives (the search before, and bleve's path):
// every shape typed (one word and its prefixes, several words, a phrase,
// the thesaurus's terms), with the table's filters and selective ones,
// pages of one hit to more than match and offsets. The whole result is
// compared, not only the spans. Pages proven among their candidates
// (typedPage) read their spans as the candidates are scored, others by
// the hits' numbers after; with 16 documents kept a term, most pages are
// proven so.
func TestTableSpansAreTheIdsSearchs(t *testing.T) {
	for _, top := range []int{*index.TopDocs, 16} {
		t.Run(fmt.Sprint(top), func(t *testing.T) {
			withTopDocs(t, top)
			tableSpansAreTheIdsSearchs(t)
		})
	}
}

func tableSpansAreTheIdsSearchs(t *testing.T) {
	items := withTies(generatedItems(t))
	_, ro, _ := readOnlyAndReference(t, items)
	themes, terms := typedVocabulary(t, ro)
	reqs := typedRequests(ro, items, themes, terms, 300, 5)
	for i := range reqs {
		reqs[i].Matches = true
	}
	reqs = append(reqs,
		index.Request{Query: `"waiting list"`, Typing: true, Limit: 50, Matches: true},
		index.Request{Query: `"waiting times" children`, Typing: true, Limit: 20, Offset: 5, Matches: true},
		index.Request{Query: "camhs ", Typing: true, Limit: 50, Matches: true},
		index.Request{Query: "waiting", Typing: true, Limit: 3000, Matches: true},
	)
	ctx := context.Background()
	search := func(r index.Request, byIDs bool) index.Result {
		index.TableSpansUnused(byIDs)
		defer index.TableSpansUnused(false)
		res, err := ro.Search(ctx, r)
		if err != nil {
			t.Fatalf("%+v: %v", r, err)
		}
		res.Took = 0
		return res
	}
	before, prunedBefore := index.TableSpanned(), index.TypedPrunedPages()
	spanned := 0
	for _, r := range reqs {
		got, want := search(r, false), search(r, true)
		if !reflect.DeepEqual(got, want) {
			for i := range min(len(got.Hits), len(want.Hits)) {
				if g, w := got.Hits[i], want.Hits[i]; !reflect.DeepEqual(g, w) {
					t.Fatalf("%+v: hit %d is %s %v by number, %s %v by id", r, i, g.Item.ID, g.Matches, w.Item.ID, w.Matches)
				}
			}
			t.Fatalf("%+v: %d of %d hits by number, %d of %d by id", r, len(got.Hits), got.Total, len(want.Hits), want.Total)
		}
		for _, h := range got.Hits {
			if len(h.Matches) > 0 {
				spanned++
			}
		}
	}
	byNumber, pruned := index.TableSpanned()-before, index.TypedPrunedPages()-prunedBefore
	t.Logf("%d requests (%d pages pruned), %d hits with spans, %d hits spanned by number", len(reqs), pruned, spanned, byNumber)
	if byNumber < int64(spanned) || pruned < int64(len(reqs))/10 {
		t.Fatalf("only %d of %d hits with spans were read by number, %d pages pruned: the test asks too little of it", byNumber, spanned, pruned)
	}
}
