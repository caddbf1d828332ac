package index_test

import (
	"context"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// TestStopWordAlternativeIsRefused: a stop word as one of a query's
// alternatives ("IT|digital", "autism OR the") is refused in words, as a
// query of stop words alone is, naming the word; while typing, the query
// so far still lists what it can. Before, the alternative let every item
// through: "IT|digital" listed the whole corpus, with nothing said.
func TestStopWordAlternativeIsRefused(t *testing.T) {
	src := evidence.Source{ID: "s", Title: "S", Publisher: "P", Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	items := []evidence.Item{
		{ID: "s#00000001", Kind: evidence.Excerpt, Text: "Digital records for every child are overdue.", Source: src},
		{ID: "s#00000002", Kind: evidence.Excerpt, Text: "Waiting lists for speech therapy grew again.", Source: src},
	}
	ix, err := index.Build(context.Background(), t.TempDir(), items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, q := range []string{"IT|digital", "digital OR the", `digital|"the a"`} {
		res, err := ix.Search(context.Background(), index.Request{Query: q})
		if err == nil {
			t.Errorf("%q: %d items, want it refused", q, res.Total)
			continue
		}
		if !strings.Contains(err.Error(), "has nothing to search for") || !strings.Contains(err.Error(), "every item") {
			t.Errorf("%q: %v, want the stop word named as matching every item", q, err)
		}
	}
	if _, err := ix.Search(context.Background(), index.Request{Query: "IT|digital"}); err == nil || !strings.Contains(err.Error(), `"IT"`) {
		t.Errorf("IT|digital: %v, want IT named", err)
	}
	if res, err := ix.Search(context.Background(), index.Request{Query: "digital OR the", Typing: true}); err != nil || res.Total == 0 {
		t.Errorf("typing digital OR the: %v, %d items, want what it lists so far", err, res.Total)
	}
	if res, err := ix.Search(context.Background(), index.Request{Query: "digital OR waiting"}); err != nil || res.Total != 2 {
		t.Errorf("digital OR waiting: %v, %d items, want 2", err, res.Total)
	}
}
