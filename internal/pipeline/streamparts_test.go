package pipeline_test

import (
	"os"
	"reflect"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/gen"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestLargeSourceIsStreamedAsRunMakesIt: a source past the size from
// which a build takes its items in parts comes in parts of at most
// StreamItems, in document order, and joined they are Run's items, themes
// (rules, continuation and the learned model's say, which weighs the
// whole document's themes) and all; a small source beside it comes whole.
func TestLargeSourceIsStreamedAsRunMakesIt(t *testing.T) {
	dir := t.TempDir()
	if err := gen.WriteShape(dir, "page", 300_000, 7); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/sources/small.md", []byte(source), 0o644); err != nil {
		t.Fatal(err)
	}
	fsys := os.DirFS(dir)
	tax, _, err := pipeline.LoadTaxonomy(fsys, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	if !tax.Learned() {
		t.Fatal("the bundled taxonomy has no learned model: the test would not weigh a document's themes")
	}
	names, err := pipeline.ListFiles(fsys)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]evidence.Item{}
	for _, d := range pipeline.Run(fsys, names, tax, nil, nil).Docs {
		want[d.Source.File] = d.Items
	}
	defer pipeline.SetStreamBytes(pipeline.SetStreamBytes(100_000))
	got := map[string][]evidence.Item{}
	parts := map[string]int{}
	_, err = pipeline.Stream(fsys, names, tax, nil, nil, nil, nil, func(d pipeline.Doc) error {
		if len(d.Items) > pipeline.StreamItems {
			t.Errorf("%s: a part of %d items, want at most %d", d.Source.File, len(d.Items), pipeline.StreamItems)
		}
		got[d.Source.File] = append(got[d.Source.File], d.Items...)
		parts[d.Source.File]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	large := "sources/page.md"
	if n := len(want[large]); n < 2*pipeline.StreamItems {
		t.Fatalf("the large source made %d items, too few to come in parts", n)
	}
	if parts[large] < 2 || parts["sources/small.md"] != 1 {
		t.Errorf("parts: %v, want the large source in several and the small one whole", parts)
	}
	themed := 0
	for _, it := range want[large] {
		if len(it.Themes) > 0 {
			themed++
		}
	}
	if themed == 0 {
		t.Fatal("no item of the large source has a theme: the test would not see themes differ")
	}
	for file, items := range want {
		if !reflect.DeepEqual(got[file], items) {
			t.Errorf("%s: streamed items (%d) differ from Run's (%d)", file, len(got[file]), len(items))
		}
	}
}
