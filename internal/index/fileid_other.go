//go:build !linux

package index

import "os"

// fileID is a file's size and modification time where the change time is
// not read (see checksum.go).
func fileID(info os.FileInfo) segmentID {
	return segmentID{Size: info.Size(), Change: info.ModTime().UnixNano()}
}
