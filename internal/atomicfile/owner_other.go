//go:build !unix

package atomicfile

import (
	"io/fs"
	"os"
)

// keepOwner is nothing where files have no owner cypx can set.
func keepOwner(f *os.File, path string, old fs.FileInfo) error { return nil }

// OwnerError is a file that cannot be replaced without changing its
// owner, which never happens here.
type OwnerError struct{ Path string }

func (e *OwnerError) Error() string { return e.Path + ": its owner cannot be kept" }
