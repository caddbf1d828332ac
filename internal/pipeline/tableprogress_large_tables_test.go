package pipeline_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestOneLargeTableReportsItsProgress: a library of one source holding a
// large table, read twice as a large source is (its themes counted, then
// its items streamed to the index), is told of as it goes at both
// readings: within the table while its themes are counted, and while its
// items are handed on, so that a rate and a time left can be said. Before,
// extraction told its place only at sentences, which a table's rows have
// none of, and the second reading told nothing: a source of 200,000 rows
// was 22 s of silence, then minutes of items counted with no rate nor time
// left (hostile check 50).
func TestOneLargeTableReportsItsProgress(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("---\ntitle: Rows\npublisher: Trust R\ndate: 2024-05-04\ntype: data\n---\n## Children waiting by district, 2024\n\n| District | Children waiting | Share waiting over 18 weeks |\n|---|---|---|\n")
	for i := range 5000 {
		fmt.Fprintf(&b, "| District %d | %d | %d.%d%% |\n", i, i*3+1, i%100, i%10)
	}
	if err := os.MkdirAll(dir+"/sources", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/sources/rows.md", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	fsys := os.DirFS(dir)
	tax, _, err := pipeline.LoadTaxonomy(fsys, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	if !tax.Learned() {
		t.Fatal("the bundled taxonomy has no learned model: a large source would be read once")
	}
	names, err := pipeline.ListFiles(fsys)
	if err != nil {
		t.Fatal(err)
	}
	defer pipeline.SetStreamBytes(pipeline.SetStreamBytes(100_000))
	var reports, total int64
	var beforeItems []int64 // done at each report before the first item is handed on
	var whileItems []int64  // done at each report after it
	handed := false
	progress := func(done, all int64) {
		reports++
		total = all
		if handed {
			whileItems = append(whileItems, done)
		} else {
			beforeItems = append(beforeItems, done)
		}
	}
	parts := 0
	_, err = pipeline.Stream(fsys, names, tax, nil, nil, progress, nil, func(d pipeline.Doc) error {
		parts++
		handed = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if parts < 2 {
		t.Fatalf("%d parts: the table's items should come in several", parts)
	}
	size := int64(b.Len())
	within := false
	for _, done := range beforeItems {
		within = within || done > size/8 && done < size/2
	}
	if !within {
		t.Errorf("reports before the items were handed on: %v of %d bytes, want one within the table's first reading", beforeItems, size)
	}
	if len(beforeItems) == 0 || beforeItems[len(beforeItems)-1] >= total {
		t.Errorf("reports before the items were handed on: %v, want reading short of its end (%d) while the items are still to come", beforeItems, total)
	}
	var mid bool
	for _, done := range whileItems {
		mid = mid || done < total
	}
	if !mid {
		t.Errorf("reports while the items were handed on: %v of %d, want some short of the end: the second reading told nothing", whileItems, total)
	}
	if len(whileItems) == 0 || whileItems[len(whileItems)-1] != total {
		t.Errorf("last report %v, want the end (%d)", whileItems, total)
	}
}
