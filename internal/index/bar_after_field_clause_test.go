package index_test

import (
	"context"
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// TestBarAfterAFieldTakesAValueTheFieldHasElseAWord: a bar after a field
// clause gives the field another value only when the field has it
// ("theme:workforce|mental-health", "publisher:\"NHS Providers\"|commission");
// a value no item's field holds is searched as the word (or phrase) it
// is, so `publisher:"NHS Providers"|autism` finds what
// `publisher:"NHS Providers" OR autism` finds. Before: autism was read as
// a publisher's word, finding no item by it and saying nothing, and
// `theme:workforce|autism` was "no such theme".
func TestBarAfterAFieldTakesAValueTheFieldHasElseAWord(t *testing.T) {
	nhsp := evidence.Source{ID: "nhsp-2024", Title: "A", Publisher: "NHS Providers", Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	cqc := evidence.Source{ID: "cqc-2023", Title: "B", Publisher: "Care Quality Commission", Date: evidence.Date{Year: 2023}, Type: evidence.Review}
	items := []evidence.Item{
		{ID: "nhsp-2024#00000001", Kind: evidence.Excerpt, Text: "Trusts report rising demand for beds.", Source: nhsp, Themes: []string{"waiting-lists"}},
		{ID: "nhsp-2024#00000002", Kind: evidence.Recommendation, Text: "NHSE should fund more beds.", Source: nhsp, Actors: []evidence.Actor{"NHSE"}, Themes: []string{"funding"}},
		{ID: "cqc-2023#00000001", Kind: evidence.Excerpt, Text: "Autism assessments take two years.", Source: cqc, Themes: []string{"adhd-autism"}},
		{ID: "cqc-2023#00000002", Kind: evidence.Excerpt, Text: "Staff shortages persist in every area.", Source: cqc, Themes: []string{"workforce"}},
		{ID: "cqc-2023#00000003", Kind: evidence.Excerpt, Text: "Mental health services for children vary.", Source: cqc, Themes: []string{"mental-health"}},
	}
	ix, err := index.Build(context.Background(), t.TempDir(), items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ix.SetVocabulary(index.Vocabulary{Themes: []string{"waiting-lists", "funding", "adhd-autism", "workforce", "mental-health"}})
	found := func(q string, typing bool) ([]string, error) {
		res, err := ix.Search(context.Background(), index.Request{Query: q, Typing: typing, Limit: 100})
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.Item.ID)
		}
		slices.Sort(ids)
		return ids, err
	}
	for _, c := range []struct {
		q, same string
		n       int
	}{
		{`publisher:"NHS Providers"|autism`, `publisher:"NHS Providers" OR autism`, 3},
		{`publisher:providers|autism`, `publisher:providers OR autism`, 3},
		{`theme:workforce|autism`, `theme:workforce OR autism`, 2},
		{`theme:workforce|"mental health"`, `theme:workforce OR "mental health"`, 2},
		{`year:2024|autism`, `year:2024 OR autism`, 3},
		{`kind:recommendation|autism`, `kind:recommendation OR autism`, 2},
		{`actor:NHSE|autism`, `actor:NHSE OR autism`, 2},
		{`source:nhsp-2024|autism`, `source:nhsp-2024 OR autism`, 3},
		{`type:review|beds`, `type:review OR beds`, 5},
		// Values the field has stay the field's.
		{`theme:workforce|mental-health`, `theme:workforce OR theme:mental-health`, 2},
		{`publisher:"NHS Providers"|commission`, `publisher:"NHS Providers" OR publisher:commission`, 5},
		{`year:2023|2024`, `year:2023 OR year:2024`, 5},
		{`source:nhsp-2024|cqc-2023`, `source:nhsp-2024 OR source:cqc-2023`, 5},
	} {
		got, err := found(c.q, false)
		want, werr := found(c.same, false)
		if err != nil || werr != nil || !slices.Equal(got, want) || len(got) != c.n {
			t.Errorf("%s: %v (%v), want %v as %s finds (%v), %d items", c.q, got, err, want, c.same, werr, c.n)
		}
	}
	// While typing, a value being typed after the bar is the field's when
	// it begins one of the field's values, and a word's prefix otherwise.
	if got, err := found(`theme:workforce|men`, true); err != nil || len(got) != 2 {
		t.Errorf("typing theme:workforce|men: %v %v, want workforce and mental-health", got, err)
	}
	if got, err := found(`theme:workforce|autis`, true); err != nil || len(got) != 2 {
		t.Errorf("typing theme:workforce|autis: %v %v, want workforce's item and autism's", got, err)
	}
}
