//go:build linux

package index

import (
	"os"
	"syscall"
)

// fileID is a file's size, inode and change time.
func fileID(info os.FileInfo) segmentID {
	id := segmentID{Size: info.Size(), Change: info.ModTime().UnixNano()}
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		id.Inode, id.Change = st.Ino, st.Ctim.Nano()
	}
	return id
}
