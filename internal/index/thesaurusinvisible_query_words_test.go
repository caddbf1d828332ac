package index_test

import (
	"context"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestInvisibleCharacterInAQueryWordIsWidened: a query word with a
// character drawn as nothing inside it (a soft hyphen, a zero-width space,
// a variation selector, a word joiner) is widened by the thesaurus as the
// word a reader sees. Before: "au\u00adtism" found no item saying ASD and
// said nothing was also searched, where "autism" found it (hostile check
// 48).
func TestInvisibleCharacterInAQueryWordIsWidened(t *testing.T) {
	src := evidence.Source{ID: "s", Title: "S", Publisher: "P", Date: evidence.Date{Year: 2024}, Type: evidence.Report}
	items := []evidence.Item{
		{ID: "s#00000001", Kind: evidence.Excerpt, Text: "Children with ASD in Westmere waited over two years for a diagnosis.", Source: src},
		{ID: "s#00000002", Kind: evidence.Excerpt, Text: "The CYPMHS team in Westmere saw more young people than ever.", Source: src},
	}
	ix, err := index.Build(context.Background(), t.TempDir(), items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	th, _ := pipeline.LoadThesaurus(bundled.FS, bundled.FS)
	ix.SetVocabulary(index.Vocabulary{Thesaurus: th})
	for q, want := range map[string]string{
		"autism": "s#00000001", "au\u00adtism": "s#00000001", "au\u200btism": "s#00000001",
		"au\ufe0ftism": "s#00000001", "au\u2060tism": "s#00000001",
		"CAMHS": "s#00000002", "CAM\u00adHS": "s#00000002",
	} {
		res, err := ix.Search(context.Background(), index.Request{Query: q, Limit: 10})
		if err != nil || res.Total != 1 || res.Hits[0].Item.ID != want || len(res.Expanded) != 1 {
			t.Errorf("%q: %d items, expanded %+v (%v); want %s, widened", q, res.Total, res.Expanded, err, want)
		}
	}
}
