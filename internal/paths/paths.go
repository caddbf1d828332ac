// Package paths says where cypx keeps things on the user's machine: the
// index cache in $XDG_CACHE_HOME/cypx; the basket, the history and the
// saved searches in $XDG_STATE_HOME/cypx; the library in $XDG_DATA_HOME/cypx
// and the settings in $XDG_CONFIG_HOME/cypx. CYPX_HOME, when set, holds all
// four (cache/, state/, data/, config/), which is how tests keep away from a
// user's files. A relative CYPX_HOME ("notes") is the folder of that name in
// the folder cypx was started in, made absolute once at the start
// (ResolveHome), so every path and message names it whole and the
// explorer's child process uses the same folder. It is not refused as a
// relative XDG variable is: that one is refused by the XDG specification,
// where this one is cypx's own, and `CYPX_HOME=notes cypx add r.txt` asks
// for ./notes.
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
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/adrg/xdg"
)

// ErrNoHome is the answer of every folder when there is no home to keep
// cypx's files under.
var ErrNoHome = errors.New("HOME is not set (or not an absolute path), so cypx has no folder to keep its files in: set HOME, or CYPX_HOME to a folder for cypx")

// relativeHomeError is a relative CYPX_HOME that cannot be made absolute:
// the folder cypx was started in is gone. It is ErrNoHome to callers.
type relativeHomeError struct {
	home string
	err  error
}

func (e *relativeHomeError) Error() string {
	return fmt.Sprintf("CYPX_HOME is %q, a relative folder, and the folder it is relative to cannot be found (%v): set CYPX_HOME to an absolute folder", e.home, e.err)
}

func (e *relativeHomeError) Is(target error) bool { return target == ErrNoHome }

// home is CYPX_HOME as an absolute folder ("" when it is not set): a
// relative one is taken from the current folder.
func home() (string, error) {
	h := os.Getenv("CYPX_HOME")
	if h == "" || filepath.IsAbs(h) {
		return h, nil
	}
	abs, err := filepath.Abs(h)
	if err != nil {
		return "", &relativeHomeError{home: h, err: err}
	}
	return abs, nil
}

// ResolveHome makes a relative CYPX_HOME absolute in the environment, from
// the folder cypx was started in: called once at the start, so the
// processes cypx starts (the explorer's child) and every later path use
// that folder whatever the current folder becomes.
func ResolveHome() error {
	h, err := home()
	if err != nil || h == os.Getenv("CYPX_HOME") {
		return err
	}
	return os.Setenv("CYPX_HOME", h)
}

// dir is the folder of one kind: $CYPX_HOME/kind, else base/cypx where
// base is the XDG folder named by env (read again each time, as tests and
// the explorer's children change the environment).
func dir(kind, env string, base func() string) (string, error) {
	h, err := home()
	if err != nil {
		return "", err
	}
	if h != "" {
		return filepath.Join(h, kind), nil
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
