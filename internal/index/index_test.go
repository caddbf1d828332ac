package index_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

func bundledIndex(t testing.TB) (*index.Index, *pipeline.Corpus) {
	t.Helper()
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), t.TempDir(), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, c
}

// texts lists the hits' texts, shortened, for messages.
func texts(r index.Result) []string {
	var out []string
	for _, h := range r.Hits {
		t := h.Item.Text
		if len(t) > 50 {
			t = t[:50]
		}
		out = append(out, t)
	}
	return out
}

func TestSearchTable(t *testing.T) {
	ix, c := bundledIndex(t)
	ctx := context.Background()
	cases := []struct {
		name    string
		req     index.Request
		has     []string // each must be in the text of some hit
		hasNot  []string // none may be
		min     int      // at least this many hits
		allKind evidence.Kind
	}{
		{name: "stemmed word", req: index.Request{Query: "waiting"}, has: []string{"waiting list reduction", "Long waiting lists"}, min: 2},
		{name: "half-typed word is a prefix", req: index.Request{Query: "waiti", Typing: true}, has: []string{"Long waiting lists"}},
		{name: "finished word is not a prefix", req: index.Request{Query: "waiti ", Typing: true}, min: 0, hasNot: []string{"Long waiting lists"}},
		{name: "two words must both match", req: index.Request{Query: "public health grant"}, has: []string{"cut by 24%", "Government should increase the public health grant"}, hasNot: []string{"Long waiting lists"}},
		{name: "stop word is ignored", req: index.Request{Query: "the autism"}, has: []string{"autism and ADHD"}},
		{name: "phrase", req: index.Request{Query: `"social care"`}, has: []string{"better support and investment in social care"}, hasNot: []string{"Long waiting lists"}},
		{name: "must not", req: index.Request{Query: `grant -cut`}, has: []string{"Government should increase"}, hasNot: []string{"cut by 24%"}},
		{name: "field query", req: index.Request{Query: `kind:recommendation actor:NHSE`}, has: []string{"review of transitions"}, allKind: evidence.Recommendation},
		{name: "theme filter", req: index.Request{Themes: []string{"adhd-autism"}}, has: []string{"autism and ADHD"}, min: 1},
		{name: "kind filter", req: index.Request{Query: "respondents", Kinds: []evidence.Kind{evidence.Statistic}}, allKind: evidence.Statistic, min: 5},
		{name: "year range", req: index.Request{YearTo: 2018}, has: []string{"complex and disjointed system"}, hasNot: []string{"cut by 24%"}},
		{name: "source filter", req: index.Request{Sources: []string{"hcl-2024-trusts-work-with-icbs"}}, has: []string{"Almost two thirds (63%)"}, hasNot: []string{"cut by 24%"}},
		{name: "actor filter", req: index.Request{Actors: []evidence.Actor{evidence.ICSs}}, has: []string{"NHSE and government should require ICSs"}, allKind: evidence.Recommendation},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.req.Limit = 200
			r, err := ix.Search(ctx, tc.req)
			if err != nil {
				t.Fatal(err)
			}
			all := strings.Join(func() []string {
				var s []string
				for _, h := range r.Hits {
					s = append(s, h.Item.Text)
				}
				return s
			}(), "\n")
			for _, want := range tc.has {
				if !strings.Contains(all, want) {
					t.Errorf("no hit holds %q; hits: %q", want, texts(r))
				}
			}
			for _, not := range tc.hasNot {
				if strings.Contains(all, not) {
					t.Errorf("a hit holds %q, which should not match", not)
				}
			}
			if len(r.Hits) < tc.min {
				t.Errorf("%d hits, want at least %d", len(r.Hits), tc.min)
			}
			for _, h := range r.Hits {
				if tc.allKind != "" && h.Item.Kind != tc.allKind {
					t.Errorf("hit of kind %s: %q", h.Item.Kind, h.Item.Text)
				}
			}
		})
	}
	_ = c
}

func TestEmptyQueryListsEverythingNewestFirstInDocumentOrder(t *testing.T) {
	ix, c := bundledIndex(t)
	r, err := ix.Search(context.Background(), index.Request{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != len(c.Items) || len(r.Hits) != len(c.Items) {
		t.Fatalf("total %d, hits %d; want %d", r.Total, len(r.Hits), len(c.Items))
	}
	for i := 1; i < len(r.Hits); i++ {
		a, b := r.Hits[i-1].Item, r.Hits[i].Item
		if a.Source.Date.String() < b.Source.Date.String() {
			t.Fatalf("hit %d (%s) is older than hit %d (%s)", i-1, a.Source.Date, i, b.Source.Date)
		}
		if a.Source.ID == b.Source.ID && a.Seq > b.Seq {
			t.Fatalf("hits %d and %d of %s are out of document order", i-1, i, a.Source.ID)
		}
	}
	last := r.Hits[len(r.Hits)-1].Item
	if last.Source.ID != "cqc-2018-are-we-listening" {
		t.Errorf("oldest source should come last; got %s", last.Source.ID)
	}
}

func TestHitsRoundTripItemsAndMatches(t *testing.T) {
	ix, c := bundledIndex(t)
	r, err := ix.Search(context.Background(), index.Request{Query: "waiting lists", Matches: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) == 0 {
		t.Fatal("no hits")
	}
	byID := map[string]evidence.Item{}
	for _, it := range c.Items {
		byID[it.ID] = it
	}
	for _, h := range r.Hits {
		want := byID[h.Item.ID]
		if h.Item.Text != want.Text || h.Item.Source.Publisher != want.Source.Publisher || len(h.Item.Figures) != len(want.Figures) {
			t.Errorf("hit %s does not round-trip its item", h.Item.ID)
		}
		if len(h.Matches) == 0 {
			t.Errorf("hit %q has no matched spans", h.Item.Text)
		}
		for _, m := range h.Matches {
			w := strings.ToLower(h.Item.Text[m.Start:m.End])
			if !strings.HasPrefix(w, "wait") && !strings.HasPrefix(w, "list") {
				t.Errorf("span %q of %q is not a matched word", w, h.Item.Text)
			}
		}
	}
}

func TestFacetsCountUnderOtherFilters(t *testing.T) {
	ix, _ := bundledIndex(t)
	ctx := context.Background()
	all, err := ix.Search(ctx, index.Request{Query: "waiting", Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	filtered, err := ix.Search(ctx, index.Request{Query: "waiting", Themes: []string{"waiting-lists"}, Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	count := func(fs []index.FacetCount, v string) int {
		for _, f := range fs {
			if f.Value == v {
				return f.Count
			}
		}
		return 0
	}
	if count(all.Facets["theme"], "waiting-lists") == 0 {
		t.Fatalf("no waiting-lists facet for 'waiting': %v", all.Facets["theme"])
	}
	// The theme facet ignores the theme filter, so it is the same in both.
	if a, b := count(all.Facets["theme"], "funding"), count(filtered.Facets["theme"], "funding"); a != b {
		t.Errorf("theme facet changed under its own filter: %d then %d", a, b)
	}
	// The kind facet obeys the theme filter, and sums to the filtered total.
	sum := 0
	for _, f := range filtered.Facets["kind"] {
		sum += f.Count
	}
	if sum != filtered.Total {
		t.Errorf("kind facet sums to %d, total is %d", sum, filtered.Total)
	}
	if filtered.Total != count(all.Facets["theme"], "waiting-lists") {
		t.Errorf("filtered total %d != waiting-lists facet %d", filtered.Total, count(all.Facets["theme"], "waiting-lists"))
	}
}

func TestBadQueriesExplainThemselves(t *testing.T) {
	ix, _ := bundledIndex(t)
	for _, q := range []string{`"unbalanced`, `kind:`, `+`, strings.Repeat("a ", 3000),
		// Patterns whose automata take seconds to build (found by FuzzSearch).
		"0*" + strings.Repeat("R", 3600), "a" + strings.Repeat("?", 150), "/" + strings.Repeat("ab", 80) + ".*/",
	} {
		_, err := ix.Search(context.Background(), index.Request{Query: q})
		var qe *index.QueryError
		if !errors.As(err, &qe) {
			t.Errorf("query %.20q: error %v, want a QueryError", q, err)
		}
	}
	// Short patterns, and long words inside a quoted phrase, still run.
	for _, q := range []string{"wait*", "/wait.*/", "w?iting", `"` + strings.Repeat("R*", 80) + `"`} {
		if _, err := ix.Search(context.Background(), index.Request{Query: q}); err != nil {
			t.Errorf("query %.20q: %v", q, err)
		}
	}
}

func TestOpenRejectsAnotherVersion(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir() + "/ix"
	ix, err := index.Build(context.Background(), dir, c.Items[:3], nil)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	again, err := index.Open(dir, true)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	if n, _ := again.Count(); n != 3 {
		t.Errorf("reopened index has %d items, want 3", n)
	}
	again.Close()

	saved := index.Version
	index.Version = "0.0"
	defer func() { index.Version = saved }()
	if _, err := index.Open(dir, true); !errors.Is(err, index.ErrStale) {
		t.Errorf("opening an index of another version: %v, want ErrStale", err)
	}
}

// TestLookupOfAHashTwoSourcesShare: the same sentence in two sources (a
// library holding two copies of a report, a story quoting it word for
// word) gives two items with one hash. Looking the hash up said "matches
// 2 items; give more of the id", which no more of the hash can answer:
// the error names the items, so their whole ids can be given.
func TestLookupOfAHashTwoSourcesShare(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	it := c.Items[0]
	source, hash, _ := strings.Cut(it.ID, "#")
	twin := it
	twin.Source.ID = source + "-copy"
	twin.ID = twin.Source.ID + "#" + hash
	ix, err := index.Build(context.Background(), t.TempDir(), []evidence.Item{it, twin}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	_, err = ix.Lookup(context.Background(), hash)
	if err == nil || !strings.Contains(err.Error(), it.ID) || !strings.Contains(err.Error(), twin.ID) {
		t.Errorf("Lookup(%q) = %v, want both items named", hash, err)
	}
	if got, err := ix.Lookup(context.Background(), twin.ID); err != nil || got.ID != twin.ID {
		t.Errorf("Lookup(%q) = %v, %v", twin.ID, got.ID, err)
	}
}
