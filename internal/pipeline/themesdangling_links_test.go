package pipeline_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cypx/cypx/internal/library"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestThemesFileThatIsALinkToNothingIsSaid: a corpus's themes.yaml that is
// a symbolic link to a file that is not there is an error naming the file
// and where it leads, as a loop of links or a damaged themes.yaml is; in a
// corpus folder and in the library searched with the bundled corpus.
// Before, it was taken for no themes.yaml and the fallback's themes were
// used without a word.
func TestThemesFileThatIsALinkToNothingIsSaid(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	fallback := fstest.MapFS{"themes.yaml": {Data: []byte("themes:\n  - id: a\n    label: A\n    terms: [a]\n")}}
	dir := t.TempDir()
	if err := os.Symlink("gone.yaml", filepath.Join(dir, "themes.yaml")); err != nil {
		t.Fatal(err)
	}
	for name, fsys := range map[string]fs.FS{
		"a corpus folder":         os.DirFS(dir),
		"the library and bundled": library.Merge{First: os.DirFS(dir), Second: fallback},
	} {
		_, _, err := pipeline.LoadTaxonomy(fsys, fallback)
		if err == nil || !strings.Contains(err.Error(), "themes.yaml") || !strings.Contains(err.Error(), "gone.yaml") {
			t.Errorf("%s: %v, want an error naming themes.yaml and gone.yaml", name, err)
		}
	}
	// Once the file it leads to is there, it is read.
	os.WriteFile(filepath.Join(dir, "gone.yaml"), []byte("themes:\n  - id: b\n    label: B\n    terms: [b]\n"), 0o644)
	tax, _, err := pipeline.LoadTaxonomy(os.DirFS(dir), fallback)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tax.ParseID("b"); err != nil {
		t.Errorf("the link's file was not read: %v", err)
	}
}
