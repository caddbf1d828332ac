package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestThemesErrorsNameTheFileWithItsFolder: every error about a corpus's
// themes.yaml — a parse error at a line, an unknown theme, a loop of
// links, a link to no file — names it with the folder the user named
// ("my corpus/themes.yaml:2: …"), a path the user can find. Before, each
// said "themes.yaml" alone, of any corpus or the library.
func TestThemesErrorsNameTheFileWithItsFolder(t *testing.T) {
	dir := t.TempDir()
	shown := filepath.Join("my corpus", "themes.yaml")
	for name, body := range map[string]string{
		"parse":         "themes:\n  - id: a\n    label: [x\n",
		"unknown theme": "themes:\n  - id: a\n    label: A\n    terms: [x]\nheading_carry: [nosuch]\n",
		"no themes":     "themes: []\n",
	} {
		fsys := fstest.MapFS{"themes.yaml": {Data: []byte(body)}}
		_, _, err := LoadTaxonomyIn("my corpus", fsys, nil)
		if err == nil || !strings.HasPrefix(err.Error(), shown+":") {
			t.Errorf("%s: %v, want it to start %q", name, err, shown+":")
		}
	}
	loop := filepath.Join(dir, "loop")
	nothing := filepath.Join(dir, "nothing")
	for _, d := range []string{loop, nothing} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("themes.yaml", filepath.Join(loop, "themes.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("gone.yaml", filepath.Join(nothing, "themes.yaml")); err != nil {
		t.Fatal(err)
	}
	for _, d := range []string{loop, nothing} {
		_, _, err := LoadTaxonomyIn(d, os.DirFS(d), fstest.MapFS{"themes.yaml": {Data: []byte("themes: []\n")}})
		if want := filepath.Join(d, "themes.yaml"); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: %v, want it to name %q", filepath.Base(d), err, want)
		}
	}
}
