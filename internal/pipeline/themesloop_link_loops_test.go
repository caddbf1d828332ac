package pipeline_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/library"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestThemesFileThatIsALinkLoopIsSaid: a corpus's themes.yaml that is a
// loop of symbolic links is an error in the words of every loop, naming
// the file, as a damaged themes.yaml is; in a corpus folder and in the
// library searched with the bundled corpus. Before, it was taken for no
// themes.yaml and the fallback's themes were used without a word. A
// themes.yaml that is not there still falls back.
func TestThemesFileThatIsALinkLoopIsSaid(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	fallback := fstest.MapFS{"themes.yaml": {Data: []byte("themes:\n  - id: a\n    label: A\n    terms: [a]\n")}}
	dir := t.TempDir()
	if _, _, err := pipeline.LoadTaxonomy(os.DirFS(dir), fallback); err != nil {
		t.Fatalf("no themes.yaml: %v, want the fallback's", err)
	}
	os.Symlink("t2", filepath.Join(dir, "themes.yaml"))
	os.Symlink("themes.yaml", filepath.Join(dir, "t2"))
	want := (&atomicfile.LinkLoopError{Path: "themes.yaml"}).Error()
	for name, fsys := range map[string]fs.FS{
		"a corpus folder":         os.DirFS(dir),
		"the library and bundled": library.Merge{First: os.DirFS(dir), Second: fallback},
	} {
		if _, _, err := pipeline.LoadTaxonomy(fsys, fallback); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", name, err, want)
		}
	}
}
