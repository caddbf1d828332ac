package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// MkdirAll makes dir and the folders above it, as os.MkdirAll does, saying
// what stands in the way (FolderError) where the system says only
// "mkdir …/state: file exists" (a link to a folder that is gone) or "not
// a directory" (a file).
func MkdirAll(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return FolderError(dir, err)
	}
	return nil
}

// LinkToNothingError is a folder in a path that is a symbolic link leading
// to no folder.
type LinkToNothingError struct {
	// Link is the link standing where a folder must be; Target, where it
	// leads.
	Link, Target string
}

func (e *LinkToNothingError) Error() string {
	return fmt.Sprintf("%s is a link to %s, which is no folder: create that folder, or remove the link", e.Link, e.Target)
}

// LinkLoopError is a path that is a symbolic link whose links lead round
// to each other (or itself) and never to a file or folder.
type LinkLoopError struct {
	// Path is the link, as it was named.
	Path string
}

func (e *LinkLoopError) Error() string { return e.Path + " is " + e.Reason() }

// Reason is the loop said without its path, for a problem that names the
// path apart (file: message): the one wording of a loop either way.
func (e *LinkLoopError) Reason() string {
	return "a symbolic link loop: its links lead back to each other, never to a file or folder; remove the link, or point it at one"
}

// Unwrap makes the error ELOOP for errors.Is.
func (e *LinkLoopError) Unwrap() error { return syscall.ELOOP }

// IsLoop says whether err is the system's (or Go's) report of links
// followed too many times: ELOOP, or filepath.EvalSymlinks's own error,
// which is no errno and says only "too many links".
func IsLoop(err error) bool {
	return err != nil && (errors.Is(err, syscall.ELOOP) || strings.HasSuffix(err.Error(), "too many links"))
}

// LinkLoop is err, met at path, said as a LinkLoopError naming path when
// it is a loop of links (IsLoop), where the system said "stat …: too many
// levels of symbolic links"; any other err is returned as it is.
func LinkLoop(path string, err error) error {
	var le *LinkLoopError
	if !IsLoop(err) || errors.As(err, &le) {
		return err
	}
	return &LinkLoopError{Path: path}
}

// FolderError is err, met making or reading something in dir, told as the
// first folder in dir's path that is none: a file (NotAFolderError), a
// link to nothing (LinkToNothingError) or a loop of links (LinkLoopError). With none found, err is returned
// as it is.
func FolderError(dir string, err error) error {
	abs, aerr := filepath.Abs(dir)
	if aerr != nil {
		return err
	}
	var paths []string // dir, then each folder above it
	for p := abs; ; p = filepath.Dir(p) {
		paths = append(paths, p)
		if filepath.Dir(p) == p {
			break
		}
	}
	for i := len(paths) - 1; i >= 0; i-- {
		p := paths[i]
		info, lerr := os.Lstat(p)
		if lerr != nil {
			return err
		}
		if info.Mode()&os.ModeSymlink != 0 {
			if t, serr := os.Stat(p); serr != nil || !t.IsDir() {
				target, _ := os.Readlink(p)
				if IsLoop(serr) {
					return &LinkLoopError{Path: p}
				}
				if serr == nil {
					return &NotAFolderError{File: p}
				}
				return &LinkToNothingError{Link: p, Target: target}
			}
			continue
		}
		if !info.IsDir() {
			return &NotAFolderError{File: p}
		}
	}
	return err
}
