package pipeline

import (
	"path/filepath"
	"testing"
	"testing/fstest"
)

// TestThemesProblemsAreNamedWithinTheCorpus: a theme left out is told at
// "themes.yaml:LINE", as a source's problem is told at "sources/x.md",
// not at the corpus folder's absolute path (hostile check 47).
func TestThemesProblemsAreNamedWithinTheCorpus(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "library")
	fsys := fstest.MapFS{"themes.yaml": {Data: []byte("themes:\n  - id: a\n    label: A\n    terms: [waited]\n  - id: b\n    label: \"B\u202e\"\n    terms: [seen]\n")}}
	tax, _, err := LoadTaxonomyIn(dir, fsys, nil)
	if err != nil {
		t.Fatal(err)
	}
	probs := TaxonomyProblems(tax)
	if len(probs) != 1 || probs[0].File != "themes.yaml" || probs[0].Line != 6 {
		t.Errorf("problems %+v, want one at themes.yaml:6", probs)
	}
}
