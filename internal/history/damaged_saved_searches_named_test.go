package history_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/history"
)

// TestDamagedSavedSearchesAreNamedSo: a damaged saved-search file is
// called one, not "a cypx history file", which sent its reader to the
// other file; a value of the wrong kind is named with its article.
func TestDamagedSavedSearchesAreNamedSo(t *testing.T) {
	for content, want := range map[string]string{
		"{":                                 "not a cypx saved-search file",
		`{"searches": []}`:                  `not a cypx saved-search file: no "version"`,
		`{"version": 1, "searches": {}}`:    `not a cypx saved-search file: want {"version": 1, ...} as cypx writes it ("searches" holds an object)`,
		`{"version": 1, "searches": [[1]]}`: `("searches" holds a list holding a list)`,
	} {
		path := filepath.Join(t.TempDir(), "saved.json")
		os.WriteFile(path, []byte(content), 0o644)
		_, err := history.LoadSaved(path)
		if err == nil || !strings.Contains(err.Error(), want) || strings.Contains(err.Error(), "history file") {
			t.Errorf("%s: %v, want it to say %s", content, err, want)
		}
	}
}
