package basket_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/history"
)

// TestEmptyFileIsSaidToBeEmpty: a basket, history or saved-search file
// that holds nothing (0 bytes, blank lines, a byte-order mark alone) is
// refused saying it is empty and what to do, and left as it is. Before:
// "…/basket.json:1:1: not a basket file: unexpected end of JSON input",
// Go's words for it.
func TestEmptyFileIsSaidToBeEmpty(t *testing.T) {
	dir := t.TempDir()
	for _, data := range []string{"", "\n\n", "\xef\xbb\xbf", "\xff\xfe"} {
		for name, load := range map[string]func(string) error{
			"basket.json":  func(p string) error { _, err := basket.Load(p); return err },
			"history.json": func(p string) error { _, err := history.Load(p); return err },
			"saved.json":   func(p string) error { _, err := history.LoadSaved(p); return err },
		} {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			err := load(path)
			if err == nil || !strings.Contains(err.Error(), "the file is empty") || strings.Contains(err.Error(), "unexpected end") {
				t.Errorf("%s holding %q: %v, want it said to be empty", name, data, err)
			}
			if got, _ := os.ReadFile(path); string(got) != data {
				t.Errorf("%s holding %q was rewritten: %q", name, data, got)
			}
		}
	}
}
