// Package paths says where cypx keeps things on the user's machine: the
// index cache in $XDG_CACHE_HOME/cypx, the basket, the history and the saved searches in $XDG_STATE_HOME/cypx and
// the library in $XDG_DATA_HOME/cypx. CYPX_HOME, when set, holds all three
// (cache/, state/, data/), which is how tests keep away from a user's files.
package paths

import (
	"os"
	"path/filepath"

	"github.com/adrg/xdg"
)

func dir(kind, xdgBase string) string {
	if home := os.Getenv("CYPX_HOME"); home != "" {
		return filepath.Join(home, kind)
	}
	return filepath.Join(xdgBase, "cypx")
}

// Cache is the folder of the index cache.
func Cache() string { xdg.Reload(); return dir("cache", xdg.CacheHome) }

// State is the folder of the basket and history.
func State() string { xdg.Reload(); return dir("state", xdg.StateHome) }

// Data is the folder of the user's library.
func Data() string { xdg.Reload(); return dir("data", xdg.DataHome) }

// Basket is the file the basket is saved in.
func Basket() string { return filepath.Join(State(), "basket.json") }

// History is the file of the queries the explorer settled on.
func History() string { return filepath.Join(State(), "history.json") }

// Saved is the file of the saved searches.
func Saved() string { return filepath.Join(State(), "saved.json") }
