package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/paths"
)

// TestSymbolicLinkLoopsAreSaidPlainly: `-o` to a link that leads to
// itself, and a basket.json of two links leading to each other, are
// refused saying "is a symbolic link loop", naming the path (check33).
// Before: "resolve loop1: too many levels of symbolic links" and "stat
// …/basket.json: too many levels of symbolic links", the system's words.
func TestSymbolicLinkLoopsAreSaidPlainly(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	loop := filepath.Join(dir, "loop1")
	os.Symlink("loop1", loop)
	_, stderr, code := cli(t, "export", "autism", "-o", loop)
	if code == 0 || !strings.Contains(stderr, loop+" is a symbolic link loop") || strings.Contains(stderr, "too many") {
		t.Errorf("-o loop1: exit %d, %q", code, stderr)
	}

	t.Setenv("CYPX_HOME", t.TempDir())
	basket, err := paths.Basket()
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(basket), 0o755)
	os.Symlink("h2", filepath.Join(filepath.Dir(basket), "h1"))
	os.Symlink("h1", filepath.Join(filepath.Dir(basket), "h2"))
	os.Symlink("h1", basket)
	for _, args := range [][]string{{"basket", "list"}, {"basket", "add", "0a9e5eda"}} {
		_, stderr, code := cli(t, args...)
		if code == 0 || !strings.Contains(stderr, basket+" is a symbolic link loop") || strings.Contains(stderr, "too many") {
			t.Errorf("%q: exit %d, %q", args, code, stderr)
		}
	}
}
