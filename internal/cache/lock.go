package cache

import (
	"os"
	"path/filepath"
)

// lock takes an exclusive lock on a corpus's cache folder while it is read
// or changed, so two cypx processes never build into it at once. The lock
// itself is the platform's (lockFile, in lock_unix.go and lock_windows.go).
func lock(dir string) (func(), error) {
	f, err := os.OpenFile(filepath.Join(dir, "lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
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
