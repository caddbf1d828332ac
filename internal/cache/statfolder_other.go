//go:build !linux

package cache

import "io/fs"

// listAndStatFolders lists and stats through fs.FS on systems other than
// Linux (see statfolder_linux.go): ok is always false.
func listAndStatFolders(fs.FS) (files []string, states []fileState, ok bool) {
	return nil, nil, false
}
