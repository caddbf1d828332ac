package paths_test

import (
	"errors"
	"path/filepath"
	"runtime"
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
