package cache

import (
	"os"
	"path/filepath"

	"golang.org/x/sys/windows"
)

// lock takes an exclusive lock on a corpus's cache folder while it is read
// or changed, so two cypx processes never build into it at once.
func lock(dir string) (func(), error) {
	f, err := os.OpenFile(filepath.Join(dir, "lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	h := windows.Handle(f.Fd())
	var whole windows.Overlapped
	if err := windows.LockFileEx(h, windows.LOCKFILE_EXCLUSIVE_LOCK, 0, 1, 0, &whole); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		windows.UnlockFileEx(h, 0, 1, 0, &whole)
		f.Close()
	}, nil
}
