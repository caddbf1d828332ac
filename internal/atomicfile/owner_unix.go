//go:build unix

package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// keepOwner gives the temporary file f the owner and group of old, the
// file it is to replace, where they differ from its own: the rename puts
// a new file in the old one's place, made by whoever runs cypx, so root
// replacing another user's pack with --force left a pack root owned. Where
// the system does not allow it (not root, or a group the user is not in),
// nothing is written rather than the owner changed unsaid.
func keepOwner(f *os.File, path string, old fs.FileInfo) error {
	was, ok := old.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	now, err := f.Stat()
	if err != nil {
		return err
	}
	st, ok := now.Sys().(*syscall.Stat_t)
	if !ok || st.Uid == was.Uid && st.Gid == was.Gid {
		return nil
	}
	if err := f.Chown(int(was.Uid), int(was.Gid)); err != nil {
		if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
			err = pe.Err // the temporary file's name is no one's concern
		}
		return &OwnerError{Path: path, Uid: int(was.Uid), Gid: int(was.Gid), Err: err}
	}
	return nil
}

// OwnerError is a file that cannot be replaced without changing its owner
// or group, which the user running cypx may not give the new file.
type OwnerError struct {
	Path     string
	Uid, Gid int
	Err      error
}

func (e *OwnerError) Error() string {
	return fmt.Sprintf("%s belongs to another owner or group (user %d, group %d), which the new file could not be given (%v): replacing it would change who owns it, so nothing was written; write it as its owner, or remove it first", e.Path, e.Uid, e.Gid, e.Err)
}

func (e *OwnerError) Unwrap() error { return e.Err }
