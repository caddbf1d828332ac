package index_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/cypx/cypx/internal/index"
)

// TestEveryThemeIsCounted: a search counts every theme of the matching
// items, on both paths (the facet table's and bleve's), not the first 100:
// the explorer's theme picker lists every theme with its count, and with
// a taxonomy of hundreds of themes most were shown as 0 (hostile check
// 43).
func TestEveryThemeIsCounted(t *testing.T) {
	const n = 250
	items := generatedItems(t)[:2*n]
	for i := range items {
		items[i].Themes = []string{fmt.Sprintf("t-%03d", i%n)}
	}
	_, ro, ref := readOnlyAndReference(t, items)
	for name, ix := range map[string]*index.Index{"table": ro, "bleve": ref} {
		res, err := ix.Search(context.Background(), index.Request{Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(res.Facets[index.FieldTheme]); got != n {
			t.Errorf("%s: %d themes counted, want all %d", name, got, n)
		}
	}
}
