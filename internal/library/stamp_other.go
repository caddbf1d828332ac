//go:build !linux

package library

import (
	"fmt"
	"io/fs"
	"time"
)

// folderStamp is a folder's modification time and size, and that time.
func folderStamp(info fs.FileInfo) (string, time.Time) {
	mod := info.ModTime()
	return fmt.Sprintf("m%d s%d", mod.UnixNano(), info.Size()), mod
}
