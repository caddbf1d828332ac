// Package filelock takes an exclusive lock on a file shared by every cypx
// process: the index cache's folder while it is built, and the basket while
// it is changed. It waits for the lock rather than failing, and works on
// Unix (flock) and Windows (LockFileEx); only taking and releasing the lock
// differs between them (lock_unix.go, lock_windows.go).
package filelock

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/cypx/cypx/internal/atomicfile"
)

// Lock waits for an exclusive lock on the file at path, creating it (and
// its folder) if need be, and returns the function that releases it. The
// lock file is never the data file itself: data is replaced by renaming,
// which would leave a lock on the old copy.
func Lock(path string) (unlock func(), err error) {
	if err := atomicfile.MkdirAll(filepath.Dir(path)); err != nil {
		return nil, err
	}
	// A link planted where the lock file goes must not make cypx create
	// or open a file elsewhere (noFollow), and whatever else stands there
	// (a FIFO, a device) is no lock file either.
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR|noFollow, 0o644)
	if err != nil {
		if info, lerr := os.Lstat(path); lerr == nil && info.Mode()&os.ModeSymlink != 0 {
			return nil, fmt.Errorf("lock file %s is a symbolic link, not a plain file", path)
		}
		return nil, fmt.Errorf("lock file: %w", err)
	}
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		if err == nil {
			err = fmt.Errorf("lock file %s is not a plain file (%v)", path, info.Mode().Type())
		}
		return nil, err
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		unlockFile(f)
		f.Close()
	}, nil
}
