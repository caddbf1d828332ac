package atomicfile_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/atomicfile"
)

// TestCanWriteMakesNoFolderALinkLeadsTo: CanWrite of a link to a file in
// a folder that is missing refuses as Write does, and makes no folder
// where the link leads: asked before 'cypx basket add' wrote, it created
// the folders a dangling basket.json led into, anywhere on the disk.
func TestCanWriteMakesNoFolderALinkLeadsTo(t *testing.T) {
	dir := t.TempDir()
	far := filepath.Join(t.TempDir(), "elsewhere", "deeper")
	link := filepath.Join(dir, "basket.json")
	os.Symlink(filepath.Join(far, "b.json"), link)
	err := atomicfile.CanWrite(link)
	if err == nil || !strings.Contains(err.Error(), "whose folder "+far+" is missing") {
		t.Errorf("CanWrite: %v", err)
	}
	if _, err := os.Stat(far); err == nil {
		t.Errorf("CanWrite made %s", far)
	}
	// A file that is no link still gets its folder, as before.
	if err := atomicfile.CanWrite(filepath.Join(dir, "new", "x.json")); err != nil {
		t.Errorf("a new folder: %v", err)
	}
}

// TestMkdirAllSaysWhatStandsInTheWay: a file, or a link to nothing, where
// a folder must be is named for what it is.
func TestMkdirAllSaysWhatStandsInTheWay(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	os.WriteFile(file, []byte("x"), 0o644)
	link := filepath.Join(dir, "link")
	os.Symlink(filepath.Join(dir, "gone"), link)
	for path, want := range map[string]string{
		filepath.Join(file, "a", "b"): file + " is a file, not a folder",
		filepath.Join(link, "a"):      link + " is a link to " + filepath.Join(dir, "gone") + ", which is no folder",
	} {
		if err := atomicfile.MkdirAll(path); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: %v, want %s", path, err, want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "gone")); err == nil {
		t.Error("the link's target was made")
	}
}
