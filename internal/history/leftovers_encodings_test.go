package history_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/history"
)

// A history or saved-search file saved as UTF-16 without a byte-order
// mark, or as UTF-32, was "history.json:1:1: not a cypx history file:
// invalid character '\x00' looking for beginning of value".
func TestFilesInAnotherEncodingAreNamed(t *testing.T) {
	dir := t.TempDir()
	hist, saved := filepath.Join(dir, "history.json"), filepath.Join(dir, "saved.json")
	os.WriteFile(hist, []byte("\x00{\x00\"\x00v"), 0o644)
	os.WriteFile(saved, []byte("{\x00\x00\x00\"\x00\x00\x00"), 0o644)
	_, herr := history.Load(hist)
	_, serr := history.LoadSaved(saved)
	for path, err := range map[string]error{hist: herr, saved: serr} {
		if err == nil || !strings.HasPrefix(err.Error(), path+": the file is saved as UTF-") || !strings.Contains(err.Error(), "not as UTF-8 text") {
			t.Errorf("%s: %v", path, err)
		}
	}
}
