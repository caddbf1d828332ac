package index_test

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// typedWords are words of the items and their prefixes of one letter to
// the whole, and the thesaurus's one-word terms, as a search as you type
// asks them.
func typedWords(ix *index.Index, items []evidence.Item, terms []string, n int, seed uint64) []string {
	rng := rand.New(rand.NewPCG(seed, 2))
	out := []string{"zzqnosuchword", "zz"}
	for len(out) < n {
		if rng.IntN(5) == 0 && len(terms) > 0 {
			out = append(out, terms[rng.IntN(len(terms))])
			continue
		}
		toks := index.Tokens(ix, index.Analysers.Words, items[rng.IntN(len(items))].Text)
		if len(toks) == 0 {
			continue
		}
		w := []rune(toks[rng.IntN(len(toks))].Term)
		out = append(out, string(w[:1+rng.IntN(len(w))]))
	}
	return out
}

// TestTypedWordTotalIsTheScans: one typed word's total counted from its
// terms' postings bitmaps, with the table's broad filters checked on
// them, is the total of the scan that scores every match.
func TestTypedWordTotalIsTheScans(t *testing.T) {
	items := append(withTies(generatedItems(t)), tableItems()...)
	_, ro, _ := readOnlyAndReference(t, items)
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	ro.SetVocabulary(index.Vocabulary{Themes: c.Taxonomy.IDs(), Thesaurus: c.Thesaurus})
	var terms []string
	for _, e := range c.Thesaurus.Entries() {
		for _, term := range e.Terms {
			if !strings.ContainsAny(term, " -") {
				terms = append(terms, term)
			}
		}
	}
	ctx := context.Background()
	handled, filtered, matched := 0, 0, 0
	for i, w := range typedWords(ro, items, terms, 400, 1) {
		var r index.Request
		switch i % 4 {
		case 1:
			r.Kinds = []evidence.Kind{evidence.Statistic}
		case 2:
			r.Kinds = []evidence.Kind{evidence.Excerpt, evidence.Statistic}
		}
		bitmap, scanned, ok, err := index.TypedTotals(ctx, ro, w, r)
		if err != nil {
			t.Fatalf("%q: %v", w, err)
		}
		if !ok {
			continue
		}
		handled++
		if len(r.Kinds) > 0 {
			filtered++
		}
		if scanned > 0 {
			matched++
		}
		if bitmap != scanned {
			t.Errorf("%q %v: %d from the bitmaps, %d scanned", w, r.Kinds, bitmap, scanned)
		}
	}
	if handled < 300 || filtered < 100 || matched < 250 {
		t.Fatalf("only %d words of one-word shape (%d with table filters, %d matching): the test asks too little", handled, filtered, matched)
	}
}
