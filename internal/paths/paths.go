// Package paths says where cypx keeps things on the user's machine: the
// index cache in $XDG_CACHE_HOME/cypx; the basket, the history and the
// saved searches in $XDG_STATE_HOME/cypx; the library in $XDG_DATA_HOME/cypx
// and the settings in $XDG_CONFIG_HOME/cypx. CYPX_HOME, when set, holds all
// four (cache/, state/, data/, config/), which is how tests keep away from a
// user's files.
//
// With HOME unset (a service, cron, `env -i`) and neither CYPX_HOME nor the
// folder's XDG variable set (a relative HOME or XDG variable counts as
// unset), the XDG defaults would be folders under the file system's root
// ("/.local/state/cypx"): written there as root, refused as anyone else. Each folder is then ErrNoHome instead, and the callers
// decide: the index is kept in memory, the bundled corpus is read as
// usual, and what must be kept (the basket, an import, a setting) is
// refused with the error.
package paths

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"

	"github.com/adrg/xdg"
)

// ErrNoHome is the answer of every folder when there is no home to keep
// cypx's files under.
var ErrNoHome = errors.New("HOME is not set (or not an absolute path), so cypx has no folder to keep its files in: set HOME, or CYPX_HOME to a folder for cypx")

// dir is the folder of one kind: $CYPX_HOME/kind, else base/cypx where
// base is the XDG folder named by env (read again each time, as tests and
// the explorer's children change the environment).
func dir(kind, env string, base func() string) (string, error) {
	if home := os.Getenv("CYPX_HOME"); home != "" {
		return filepath.Join(home, kind), nil
	}
	// Windows and Plan 9 name the home otherwise, and xdg reads it there.
	// A relative folder counts as none: xdg ignores a relative XDG_*_HOME,
	// as the XDG specification asks, and falls back to HOME's default, which
	// without HOME is "/.local/state"; and a relative HOME would put the
	// files under whatever folder cypx was started from.
	if !filepath.IsAbs(os.Getenv(env)) && !filepath.IsAbs(os.Getenv("HOME")) && runtime.GOOS != "windows" && runtime.GOOS != "plan9" {
		return "", ErrNoHome
	}
	xdg.Reload()
	b := base()
	if !filepath.IsAbs(b) {
		return "", ErrNoHome
	}
	return filepath.Join(b, "cypx"), nil
}

// Cache is the folder of the index cache.
func Cache() (string, error) {
	return dir("cache", "XDG_CACHE_HOME", func() string { return xdg.CacheHome })
}

// State is the folder of the basket and history.
func State() (string, error) {
	return dir("state", "XDG_STATE_HOME", func() string { return xdg.StateHome })
}

// Data is the folder of the user's library.
func Data() (string, error) {
	return dir("data", "XDG_DATA_HOME", func() string { return xdg.DataHome })
}

// ConfigDir is the folder of the settings file: $XDG_CONFIG_HOME/cypx, or
// $CYPX_HOME/config.
func ConfigDir() (string, error) {
	return dir("config", "XDG_CONFIG_HOME", func() string { return xdg.ConfigHome })
}

// in is the file name in the folder folder returns.
func in(folder func() (string, error), name string) (string, error) {
	d, err := folder()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, name), nil
}

// Basket is the file the basket is saved in.
func Basket() (string, error) { return in(State, "basket.json") }

// Config is the settings file, config.yaml (see internal/config).
func Config() (string, error) { return in(ConfigDir, "config.yaml") }

// History is the file of the queries the explorer settled on.
func History() (string, error) { return in(State, "history.json") }

// Saved is the file of the saved searches.
func Saved() (string, error) { return in(State, "saved.json") }
