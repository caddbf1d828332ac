package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/paths"
)

// TestBasketLinkToNothingIsSaidAndNotWrittenThrough: basket.json a link
// to a file that does not exist (a sync folder not mounted) makes `basket
// list` and `basket add` fail naming the link and where it leads, and no
// file is made there. Before (hostile check 61), list said "The basket is
// empty" and add created the target. A link to a file that exists is read
// and written through, as before.
func TestBasketLinkToNothingIsSaidAndNotWrittenThrough(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	t.Setenv("CYPX_HOME", t.TempDir())
	basket, err := paths.Basket()
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(basket), 0o755)
	sync := t.TempDir() // the mount point, there but empty
	target := filepath.Join(sync, "basket.json")
	if err := os.Symlink(target, basket); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"basket", "list"}, {"basket", "add", "0a9e5eda"}, {"basket", "clear"}} {
		out, stderr, code := cli(t, args...)
		if code == 0 || !strings.Contains(stderr, basket+" is a link to "+target+", which does not exist") || strings.Contains(out+stderr, "is empty") {
			t.Errorf("%q: exit %d, %q %q", args, code, out, stderr)
		}
		if _, err := os.Lstat(target); err == nil {
			t.Fatalf("%q made the file the link leads to", args)
		}
	}
	os.WriteFile(target, []byte(`{"version": 1, "items": []}`+"\n"), 0o644)
	if _, stderr, code := cli(t, "basket", "list"); code != 0 {
		t.Errorf("a link to a basket file that exists: exit %d, %q", code, stderr)
	}
	if info, err := os.Lstat(basket); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v", err)
	}
}
