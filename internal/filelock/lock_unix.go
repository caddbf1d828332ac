//go:build unix

package filelock

import (
	"os"
	"syscall"
)

// lockFile waits for an exclusive flock on f.
func lockFile(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_EX) }

func unlockFile(f *os.File) { syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }

// noFollow refuses a symbolic link in place of the lock file.
const noFollow = syscall.O_NOFOLLOW
