//go:build !linux

package folderstamp

import (
	"fmt"
	"io/fs"
	"time"
)

// Of is a folder's modification time and size where the change time is
// not read, and that time.
func Of(info fs.FileInfo) (string, time.Time) {
	mod := info.ModTime()
	return fmt.Sprintf("m%d s%d", mod.UnixNano(), info.Size()), mod
}
