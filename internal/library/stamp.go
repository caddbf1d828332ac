package library

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/folderstamp"
)

// SourcesStamp says which sources a corpus folder dir holds, as cheaply
// as it can be said: a stamp of its sources folder alone (its
// modification and change times, inode and size: one stat, whatever the
// number of files), never of each file. Adding, removing or renaming a
// file in the folder changes it, so a source added, removed or replaced
// by 'cypx add', 'cypx add --force' or 'cypx remove' (each renames a file
// into or out of the folder) is a new stamp; a file rewritten in place by
// hand is not seen. The explorer compares it with the stamp taken when it
// opened its index, twice a second.
//
// recent is true when the folder changed within racyMargin of now: a
// second change made within the same tick of a coarse clock leaves the
// times as the first set them, so a stamp that recent does not vouch for
// what was listed after it was taken, and is looked at again once older.
func SourcesStamp(dir string, now time.Time) (stamp string, recent bool) {
	info, err := os.Stat(filepath.Join(dir, corpus.SourcesDir))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "none", false
	case err != nil:
		return "unreadable: " + err.Error(), false
	}
	stamp, changed := folderstamp.Of(info)
	return stamp, now.Sub(changed) < racyMargin
}

// racyMargin is how much older than a stamp the folder's last change must
// be for the stamp to vouch for the files listed after it.
const racyMargin = 2 * time.Second
