//go:build linux

package folderstamp

import (
	"fmt"
	"io/fs"
	"syscall"
	"time"
)

// Of is a folder's modification and change times, inode, device and
// size, and the later of its two times. The change time moves whenever
// the modification time is set (touch cannot set it back), so a folder's
// entries changed and its time put back is still a change.
func Of(info fs.FileInfo) (string, time.Time) {
	mod := info.ModTime()
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return fmt.Sprintf("m%d s%d", mod.UnixNano(), info.Size()), mod
	}
	change := time.Unix(st.Ctim.Unix())
	if change.Before(mod) {
		change = mod
	}
	return fmt.Sprintf("m%d c%d i%d d%d s%d", mod.UnixNano(), st.Ctim.Nano(), st.Ino, st.Dev, info.Size()), change
}
