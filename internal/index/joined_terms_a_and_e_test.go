package index_test

import (
	"context"
	"slices"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestAAndEIsOneTerm: "A&E" (accident and emergency), "A+E", "R&D" and
// "Q&A" are one term each, in the text indexed and in a query, so a
// search for A&E finds the items saying A&E or A+E and not every item
// holding a lone "E" (Plan E, e-learning, vitamin E). Before: the
// tokenizer split "A&E" at the ampersand, "a" was dropped as a stop word,
// and A&E was searched as "e"; "A+E" was read as A and E, both required,
// the same.
func TestAAndEIsOneTerm(t *testing.T) {
	src := evidence.Source{ID: "s", Title: "S", Publisher: "P", Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	texts := []string{
		"A&E attendances by children rose by 12% in 2024.",        // 1
		"Young people waited longer in A+E than adults did.",      // 2
		"Plan E was adopted by the board.",                        // 3
		"Staff completed e-learning on safeguarding.",             // 4
		"Spending on R&D fell, and the Q&A session overran.",      // 5
		"Attendances at accident and emergency departments.",      // 6
		"Children need vitamin E and D supplements, a & e aside.", // 7
	}
	var items []evidence.Item
	for i, text := range texts {
		items = append(items, evidence.Item{ID: "s#0000000" + string(rune('1'+i)), Kind: evidence.Excerpt, Text: text, Source: src})
	}
	ix, err := index.Build(context.Background(), t.TempDir(), items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	found := func(q string, typing bool) []string {
		res, err := ix.Search(context.Background(), index.Request{Query: q, Typing: typing, Limit: 100})
		if err != nil {
			t.Errorf("%q: %v", q, err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.Item.ID[len(h.Item.ID)-1:])
		}
		slices.Sort(ids)
		return ids
	}
	for q, want := range map[string][]string{
		"A&E": {"1", "2"}, "A+E": {"1", "2"}, "a&e": {"1", "2"}, `"A&E attendances"`: {"1"},
		"R&D": {"5"}, "Q&A": {"5"}, "e-learning": {"4"}, "autism+adhd": nil,
	} {
		if got := found(q, false); !slices.Equal(got, want) {
			t.Errorf("%s: items %v, want %v", q, got, want)
		}
	}
	// Typed key by key, the term is found whole at its last key.
	if got := found("A&E", true); !slices.Equal(got, []string{"1", "2"}) {
		t.Errorf("typing A&E: items %v", got)
	}
	// The matched words are the term, not the E of another word.
	res, _ := ix.Search(context.Background(), index.Request{Query: "A&E", Matches: true, Limit: 10})
	for _, h := range res.Hits {
		for _, m := range h.Matches {
			if got := h.Item.Text[m.Start:m.End]; got != "A&E" && got != "A+E" {
				t.Errorf("%s: matched %q", h.Item.ID, got)
			}
		}
	}
}

// TestAPlusEWidensAsAAndEDoes: with the bundled thesaurus, "A+E" is
// widened to accident and emergency as "A&E" is.
func TestAPlusEWidensAsAAndEDoes(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), t.TempDir(), c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	th, _ := pipeline.LoadThesaurus(bundled.FS, bundled.FS)
	ix.SetVocabulary(index.Vocabulary{Themes: c.Taxonomy.IDs(), Thesaurus: th})
	amp, err1 := ix.Search(context.Background(), index.Request{Query: "A&E", Limit: 100})
	plus, err2 := ix.Search(context.Background(), index.Request{Query: "A+E", Limit: 100})
	if err1 != nil || err2 != nil || amp.Total == 0 || plus.Total != amp.Total || len(plus.Expanded) != 1 || !slices.Contains(plus.Expanded[0].Forms, "accident and emergency") {
		t.Errorf("A&E: %d items (%v); A+E: %d items, expanded %+v (%v)", amp.Total, err1, plus.Total, plus.Expanded, err2)
	}
}
