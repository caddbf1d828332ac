//go:build !linux

package cache

import (
	"fmt"
	"io/fs"
	"time"
)

// dirStamp is a file's modification time and size where the change time
// is not read, and that time.
func dirStamp(info fs.FileInfo) (string, time.Time) {
	mod := info.ModTime()
	return fmt.Sprintf("m%d s%d", mod.UnixNano(), info.Size()), mod
}
