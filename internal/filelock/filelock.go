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
	"time"

	"github.com/cypx/cypx/internal/atomicfile"
)

// Lock waits for an exclusive lock on the file at path, creating it (and
// its folder) if need be, and returns the function that releases it. The
// lock file is never the data file itself: data is replaced by renaming,
// which would leave a lock on the old copy.
func Lock(path string) (unlock func(), err error) { return LockSaying(path, 0, nil) }

// LockSaying is Lock, calling waiting once when the lock is not taken
// within after (a nil waiting, never): a command behind another process's
// index build waited minutes without a word (hostile check 89, L1).
func LockSaying(path string, after time.Duration, waiting func()) (unlock func(), err error) {
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
	if err := lockSaying(f, after, waiting); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		unlockFile(f)
		f.Close()
	}, nil
}

// lockSaying takes f's lock, calling waiting once if it is not taken
// within after.
func lockSaying(f *os.File, after time.Duration, waiting func()) error {
	if waiting == nil {
		return lockFile(f)
	}
	done := make(chan error, 1)
	go func() { done <- lockFile(f) }()
	t := time.NewTimer(after)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		waiting()
		return <-done
	}
}
