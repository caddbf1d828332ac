package paths_test

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/paths"
)

// noHome clears every variable a folder can come from.
func noHome(t *testing.T) {
	for _, v := range []string{"HOME", "CYPX_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"} {
		t.Setenv(v, "")
	}
}

var folders = map[string]func() (string, error){
	"cache": paths.Cache, "state": paths.State, "data": paths.Data, "config": paths.ConfigDir,
	"basket": paths.Basket, "settings": paths.Config, "history": paths.History, "saved": paths.Saved,
}

// TestNoHomeIsAnError: with HOME unset, the folders were under the file
// system's root ("/.local/state/cypx"); now each is ErrNoHome.
func TestNoHomeIsAnError(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("the home is not HOME here")
	}
	noHome(t)
	for name, f := range folders {
		if got, err := f(); !errors.Is(err, paths.ErrNoHome) {
			t.Errorf("%s: %q, %v; want ErrNoHome", name, got, err)
		}
	}
}

// TestFoldersWithoutHome: CYPX_HOME, or a folder's own XDG variable, is
// enough without HOME.
func TestFoldersWithoutHome(t *testing.T) {
	noHome(t)
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	if got, err := paths.Basket(); err != nil || got != filepath.Join(dir, "cypx", "basket.json") {
		t.Errorf("basket with XDG_STATE_HOME: %q, %v", got, err)
	}
	if _, err := paths.Cache(); !errors.Is(err, paths.ErrNoHome) {
		t.Errorf("cache with only XDG_STATE_HOME: %v, want ErrNoHome", err)
	}
	t.Setenv("CYPX_HOME", dir)
	for name, f := range folders {
		if got, err := f(); err != nil || filepath.Dir(got) != dir && filepath.Dir(filepath.Dir(got)) != dir {
			t.Errorf("%s with CYPX_HOME: %q, %v", name, got, err)
		}
	}
}

// TestRelativeHomeIsNoHome: the XDG specification ignores a relative
// XDG_*_HOME, and xdg then falls back to HOME's default; with HOME unset
// that was "/.local/state/cypx" again (XDG_STATE_HOME=state, as root: the
// basket written under the root of the file system), and a relative HOME
// gave "cypx" in whatever folder cypx was started from (a new library and
// basket at every cd). Both are no home.
func TestRelativeHomeIsNoHome(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("the home is not HOME here")
	}
	vars := map[string]string{"cache": "XDG_CACHE_HOME", "state": "XDG_STATE_HOME", "data": "XDG_DATA_HOME", "config": "XDG_CONFIG_HOME",
		"basket": "XDG_STATE_HOME", "settings": "XDG_CONFIG_HOME", "history": "XDG_STATE_HOME", "saved": "XDG_STATE_HOME"}
	for _, home := range []string{"", "rel", "./rel"} {
		for name, f := range folders {
			noHome(t)
			t.Setenv("HOME", home)
			t.Setenv(vars[name], "relative")
			if got, err := f(); !errors.Is(err, paths.ErrNoHome) {
				t.Errorf("HOME=%q, %s=relative: %s is %q, %v; want ErrNoHome", home, vars[name], name, got, err)
			}
		}
	}
	// An absolute folder variable is still enough beside a relative HOME.
	noHome(t)
	dir := t.TempDir()
	t.Setenv("HOME", "rel")
	t.Setenv("XDG_STATE_HOME", dir)
	if got, err := paths.Basket(); err != nil || got != filepath.Join(dir, "cypx", "basket.json") {
		t.Errorf("basket with XDG_STATE_HOME beside a relative HOME: %q, %v", got, err)
	}
}

// TestRelativeCypxHomeIsResolved: a relative CYPX_HOME ("notes", as in
// `CYPX_HOME=notes cypx add r.txt`) is the folder of that name in the
// folder cypx was started in, named absolute in every path, and
// ResolveHome pins it so the explorer's child and a later change of
// folder see the same one. Before, the paths were relative ("notes/state")
// and so followed whatever folder was current when they were used.
func TestRelativeCypxHomeIsResolved(t *testing.T) {
	noHome(t)
	start := t.TempDir()
	t.Chdir(start)
	t.Setenv("CYPX_HOME", "notes")
	want := filepath.Join(start, "notes")
	for name, f := range folders {
		got, err := f()
		if err != nil || !filepath.IsAbs(got) || !strings.HasPrefix(got, want+string(filepath.Separator)) {
			t.Errorf("%s with CYPX_HOME=notes: %q, %v; want a path under %s", name, got, err, want)
		}
	}
	if err := paths.ResolveHome(); err != nil {
		t.Fatal(err)
	}
	if got := os.Getenv("CYPX_HOME"); got != want {
		t.Errorf("CYPX_HOME after ResolveHome: %q, want %q", got, want)
	}
	t.Chdir(t.TempDir())
	if got, err := paths.State(); err != nil || got != filepath.Join(want, "state") {
		t.Errorf("state after a change of folder: %q, %v; want %q", got, err, filepath.Join(want, "state"))
	}
}

// TestRelativeCypxHomeWithNoStartFolder: a relative CYPX_HOME whose
// folder to resolve it from is gone is no home (ErrNoHome to the
// callers), said naming CYPX_HOME, never a path relative to nothing.
func TestRelativeCypxHomeWithNoStartFolder(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("a removed current folder is Linux's")
	}
	noHome(t)
	gone := t.TempDir()
	t.Chdir(gone)
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CYPX_HOME", "notes")
	got, err := paths.Basket()
	if !errors.Is(err, paths.ErrNoHome) || !strings.Contains(err.Error(), `CYPX_HOME is "notes"`) {
		t.Errorf("basket with CYPX_HOME=notes in a removed folder: %q, %v", got, err)
	}
}
