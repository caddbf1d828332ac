// Package plainfile reads the files cypx is given or keeps — settings,
// the basket, the history, theme and thesaurus files, reference records,
// sources — as plain files of bounded size. A name that leads to a device,
// a pipe or a folder is refused before anything is read: os.ReadFile of a
// link to /dev/zero reads without end until memory runs out, and of a FIFO
// waits for ever for a writer. A file that grows past its limit while it is
// read (one still being downloaded) is refused too, not read whole.
package plainfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/cypx/cypx/internal/atomicfile"
)

// ErrNotRegular means a name leads to something other than a plain file.
var ErrNotRegular = errors.New("not a regular file (a folder, a device or a pipe): cypx reads only ordinary files here")

// ErrTooLarge means a file is over the limit its reader set.
var ErrTooLarge = errors.New("too large")

// Read reads the plain file at path, at most limit bytes. A missing file
// is an error that matches fs.ErrNotExist, as from os.ReadFile.
func Read(path string, limit int64) ([]byte, error) {
	return ReadFS(osFS{}, path, limit)
}

// ReadFS is Read within a file system.
func ReadFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	return ReadFSAs(fsys, name, name, limit)
}

// ReadFSAs is ReadFS with its errors naming the file shown: its path as
// the user can find it, where name is relative to a folder the user
// named (a corpus's "themes.yaml" as "corpus/themes.yaml").
func ReadFSAs(fsys fs.FS, name, shown string, limit int64) ([]byte, error) {
	// The name is checked before it is opened: opening a FIFO for reading
	// blocks until something writes to it.
	info, err := fs.Stat(fsys, name)
	if err != nil {
		// A loop of links is said so, not "stat …: too many levels of
		// symbolic links".
		return nil, atomicfile.LinkLoop(shown, asShown(err, shown))
	}
	if err := check(shown, info, limit); err != nil {
		return nil, err
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, asShown(err, shown)
	}
	defer f.Close()
	// What was opened is checked again: the name may have been replaced
	// between the two steps.
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := check(shown, info, limit); err != nil {
		return nil, err
	}
	// Read into a buffer of the file's size (and a byte to see it grew):
	// io.ReadAll's doubling copied a 5.7 MB manifest some fourteen times,
	// 8 ms of every start of a library of 20,000 sources.
	data, err := readAll(io.LimitReader(f, limit+1), info.Size()+1)
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(shown, int64(len(data)), limit)
	}
	return data, nil
}

// readAll reads r to its end into a buffer of size bytes to start with,
// as os.ReadFile does.
func readAll(r io.Reader, size int64) ([]byte, error) {
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// asShown is err with the path of a PathError made shown: the path the
// user can find, where the file system's name is relative.
func asShown(err error, shown string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path != shown {
		return &fs.PathError{Op: pe.Op, Path: shown, Err: pe.Err}
	}
	return err
}

func check(name string, info fs.FileInfo, limit int64) error {
	if !info.Mode().IsRegular() {
		return &fs.PathError{Op: "read", Path: name, Err: ErrNotRegular}
	}
	if info.Size() > limit {
		return tooLarge(name, info.Size(), limit)
	}
	return nil
}

func tooLarge(name string, size, limit int64) error {
	return &fs.PathError{Op: "read", Path: name, Err: &TooLargeError{Size: size, Limit: limit}}
}

// TooLargeError is a file over its reader's limit, with its size (as far
// as it was read) and the limit, for callers that say the limit their own
// way. It matches ErrTooLarge.
type TooLargeError struct {
	Size, Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%v: %s, over the %s this file may hold", ErrTooLarge, Size(e.Size), Size(e.Limit))
}

// Is makes errors.Is(err, ErrTooLarge) true.
func (e *TooLargeError) Is(target error) bool { return target == ErrTooLarge }

// Size says a number of bytes as people read it, the one way cypx writes
// a size (a limit in an error, a file's size in the import picker): "812
// bytes", "2 KB", "4.2 KB", "32 MB", "1.5 GB", in units of 1,024 (the limits are
// powers of two), to one decimal place below 10. The picker wrote sizes
// its own way ("4.2kB", in units of 1,000) beside these.
func Size(n int64) string {
	if n < 1<<10 {
		return fmt.Sprintf("%d bytes", n)
	}
	f := float64(n)
	for _, unit := range []string{"KB", "MB", "GB", "TB"} {
		f /= 1 << 10
		if f < 1023.95 || unit == "TB" {
			if f < 9.95 {
				// "2 KB" for a limit of 2,048 bytes, not "2.0 KB".
				return strings.TrimSuffix(fmt.Sprintf("%.1f", f), ".0") + " " + unit
			}
			// Whole units round down: a file of 32.6 MB is not over a
			// limit of 33 MB.
			return fmt.Sprintf("%d %s", int64(f), unit)
		}
	}
	return ""
}

// osFS opens names as the operating system does (absolute, relative to the
// working folder, or through "..") — os.DirFS would refuse all three.
type osFS struct{}

func (osFS) Open(name string) (fs.File, error)     { return os.Open(name) }
func (osFS) Stat(name string) (fs.FileInfo, error) { return os.Stat(name) }
