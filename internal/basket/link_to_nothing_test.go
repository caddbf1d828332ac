package basket_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/basket"
)

// TestBasketLinkToNothingIsNeitherReadNorWritten: a basket file that is a
// link to a missing file is refused by Load and by Update, naming the
// link and its target, and Update makes no file where it leads (hostile
// check 61: it was read as empty, and the next add created the target).
// A missing basket file that is no link is still an empty basket.
func TestBasketLinkToNothingIsNeitherReadNorWritten(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "basket.json")
	target := filepath.Join(t.TempDir(), "gone.json")
	if err := os.Symlink(target, path); err != nil {
		t.Fatal(err)
	}
	want := path + " is a link to " + target + ", which does not exist"
	if _, err := basket.Load(path); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("load: %v, want %q", err, want)
	}
	if _, err := basket.Update(path, func(b *basket.Basket) error { b.Add("north-2023-waits#0a1b2c3d"); return nil }); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("update: %v, want %q", err, want)
	}
	if _, err := os.Lstat(target); err == nil {
		t.Error("the update made the file the link leads to")
	}
	if b, err := basket.Load(filepath.Join(dir, "none.json")); err != nil || len(b.IDs) != 0 {
		t.Errorf("a missing basket file: %v, %v", b.IDs, err)
	}
}
