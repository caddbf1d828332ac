package config_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/config"
)

// TestConfigFolderThatIsNoFolder: a config folder that is a file is named
// as such when the settings are read, and one that is a link to nothing
// when they are saved, not "stat …/config.yaml: not a directory" and
// "mkdir …/config: file exists"; nothing is made where the link leads.
func TestConfigFolderThatIsNoFolder(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "config")
	os.WriteFile(file, []byte("x"), 0o644)
	if _, err := config.Load(filepath.Join(file, "config.yaml")); err == nil || err.Error() != file+" is a file, not a folder: move it, or set the folder elsewhere" {
		t.Errorf("load: %v", err)
	}
	link := filepath.Join(dir, "link")
	gone := filepath.Join(dir, "gone")
	os.Symlink(gone, link)
	c, err := config.Load(filepath.Join(link, "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	c.Set("style", "apa")
	if err := c.Save(); err == nil || err.Error() != link+" is a link to "+gone+", which is no folder: create that folder, or remove the link" {
		t.Errorf("save: %v", err)
	}
	if _, err := os.Stat(gone); err == nil {
		t.Error("the link's target was made")
	}
}
