// Package atomicfile writes files so that a reader, or a crash at any
// moment, sees either the old content or the new, never half of it: the
// data goes to a temporary file in the same folder, is synced, and is
// renamed over the old file.
//
// A path that is a symbolic link is followed, and the file it names is the
// one replaced: the link stays a link. A replaced file keeps its
// permissions, and its owner and group (where cypx may not give them to
// the new file, nothing is written: see OwnerError); a new one is created
// readable by all (0644, less the umask), as editors and shells create
// files.
package atomicfile

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"
)

// staleAfter is how old a temporary file must be to be taken for the
// leftover of a writer that was killed: a live write takes milliseconds.
const staleAfter = 10 * time.Minute

// newFileMode is the mode a new file is created with; the umask applies.
const newFileMode = 0o644

// ErrNotRegular means the path names something other than a plain file (a
// folder, a device, a pipe), which an atomic replace would destroy.
var ErrNotRegular = errors.New("not a regular file")

// ReadOnlyError says a file is marked read-only (no write permission for
// its owner) and so is not replaced: the rename an atomic write ends with
// needs only the folder's permission, so without this check a basket,
// configuration, library source or export a user had made read-only was
// replaced all the same (hostile check 56).
type ReadOnlyError struct {
	Path string
	Mode fs.FileMode
}

func (e *ReadOnlyError) Error() string {
	return fmt.Sprintf("%s is read-only (mode %04o): make it writable (chmod u+w) for cypx to change it", e.Path, uint32(e.Mode.Perm()))
}

// Unwrap makes the error match fs.ErrPermission.
func (e *ReadOnlyError) Unwrap() error { return fs.ErrPermission }

// readOnly is the error for a regular file its owner may not write, or nil.
func readOnly(path string, info fs.FileInfo) error {
	if info.Mode().IsRegular() && info.Mode().Perm()&0o200 == 0 {
		return &ReadOnlyError{Path: path, Mode: info.Mode()}
	}
	return nil
}

// Write replaces the file at path with data atomically, creating its
// folder if needed. A symbolic link is followed and its target replaced.
func Write(path string, data []byte) error {
	_, err := write(path, data, false, true)
	return err
}

// Replace writes data to path atomically as Write does, but never through
// what is at path: a symbolic link, a FIFO or a device there is itself
// replaced by the new file (a folder is refused). It is for the files cypx
// keeps for itself beside its index, which no one links on purpose, and
// for a library's sources, where a link is the source's entry and the
// file it leads to is another's (Remove moves the link alone): a
// link planted there must not make cypx write wherever it leads, and
// anything but a file is damage to mend. The folders of path are still
// followed, so a cache folder that is itself a link works as before.
func Replace(path string, data []byte) error {
	_, err := write(path, data, false, false)
	return err
}

// WriteNew writes data to path atomically only if nothing is there yet —
// no file, no folder, no symbolic link, even one leading nowhere;
// otherwise it fails with an error that matches fs.ErrExist. The check and
// the write are one step, so two writers never both succeed.
func WriteNew(path string, data []byte) error {
	_, err := write(path, data, true, true)
	return err
}

// CanWrite says whether Write could write path now: it makes the folder
// if need be, as Write does, and creates a temporary file in it and
// removes it, changing nothing else. A command that writes a small file
// after long work (building the index to find what to write) asks first,
// so a read-only disk or a folder it may not write is said at once, not
// after the work.
func CanWrite(path string) error {
	target, err := Resolve(path)
	if err != nil {
		return err
	}
	info, err := os.Stat(target)
	if err == nil && info.IsDir() {
		return fmt.Errorf("%s is a folder, not a file", path)
	}
	if err := makeDir(path, target); err != nil {
		return err
	}
	f, tmp, err := createTemp(target)
	if err != nil {
		return tempError(path, target, err)
	}
	if err == nil && info != nil && info.Mode().IsRegular() {
		// A read-only file, or one whose owner Write could not keep, is
		// said now too (after the folder, which says more when it takes
		// no files at all).
		if err = readOnly(path, info); err == nil {
			err = keepOwner(f, path, info)
		}
	}
	f.Close()
	os.Remove(tmp)
	return err
}

// makeDir makes the folder of target, the file path leads to, unless path
// is a link: a link to a file not made yet is written through, but the
// folders it leads into are not made, as they may be anywhere (a dangling
// basket.json created the folders it led into, and CanWrite, asked first,
// made them still).
func makeDir(path, target string) error {
	dir := filepath.Dir(target)
	if li, lerr := os.Lstat(path); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
		if st, serr := os.Stat(dir); serr != nil || !st.IsDir() {
			return fmt.Errorf("%s is a link to %s, whose folder %s is missing: create the folder, or remove the link", path, target, dir)
		}
		return nil
	}
	return MkdirAll(dir)
}

// write writes data to path through a temporary file; exclusive refuses
// any entry at path, and follow writes to the file a link at path leads to
// rather than replacing the link.
func write(path string, data []byte, exclusive, follow bool) (string, error) {
	if exclusive {
		// A link is a name taken, even one that leads nowhere yet: written
		// through, it would create a file wherever whoever planted it chose.
		if _, err := os.Lstat(path); err == nil {
			return "", &fs.PathError{Op: "create", Path: path, Err: fs.ErrExist}
		}
	}
	target, err := Resolve(path)
	stat := os.Stat
	if !follow {
		target, err = resolveDir(path)
		stat = os.Lstat
	}
	if err != nil {
		return "", err
	}
	mode := fs.FileMode(newFileMode)
	keepMode := false
	var old fs.FileInfo
	switch info, err := stat(target); {
	case err == nil && exclusive:
		return "", &fs.PathError{Op: "create", Path: path, Err: fs.ErrExist}
	case err == nil && info.IsDir():
		return "", fmt.Errorf("%s is a folder, not a file", path)
	case err == nil && !info.Mode().IsRegular() && !follow:
		// Replaced below, with a new file's mode.
	case err == nil && !info.Mode().IsRegular():
		return "", &fs.PathError{Op: "replace", Path: path, Err: ErrNotRegular}
	case err == nil:
		mode, keepMode, old = info.Mode().Perm(), true, info
	case !errors.Is(err, fs.ErrNotExist):
		return "", err
	}
	dir := filepath.Dir(target)
	if follow {
		if err := makeDir(path, target); err != nil {
			return "", err
		}
	} else if err := MkdirAll(dir); err != nil {
		return "", err
	}
	removeStale(target)
	f, tmp, err := createTemp(target)
	if err != nil {
		return "", tempError(path, target, err)
	}
	if old != nil {
		// Before any byte is written: a read-only file, or one whose
		// owner cannot be kept, is refused, not replaced.
		if err = readOnly(path, old); err == nil {
			err = keepOwner(f, path, old)
		}
	}
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil && keepMode {
		// The temporary file was made with the umask's mode; the file it
		// replaces keeps its own (an owner-only file stays owner-only).
		err = f.Chmod(mode)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil && beforeRename != nil {
		beforeRename(tmp)
	}
	if err == nil {
		if exclusive {
			err = renameNew(tmp, target)
		} else {
			err = os.Rename(tmp, target)
		}
	}
	forget(tmp)
	if err != nil {
		os.Remove(tmp)
		if oe, re := (*OwnerError)(nil), (*ReadOnlyError)(nil); errors.As(err, &oe) || errors.As(err, &re) {
			return "", err // says the file, not the temporary one
		}
		return "", named(path, tmp, err)
	}
	syncDir(dir)
	return target, nil
}

// named makes an error about the temporary file an error about the file
// being written: "write …/.tmp-basket.json-d80a2af8d381: no space left on
// device" names a file the user never sees, and which is gone already.
// The cause is kept (errors.Is still finds ENOSPC).
func named(path, tmp string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == tmp {
		return &fs.PathError{Op: pe.Op, Path: path, Err: pe.Err}
	}
	var le *os.LinkError
	if errors.As(err, &le) && le.Old == tmp {
		return &fs.PathError{Op: "replace", Path: path, Err: le.Err}
	}
	return err
}

// renameNew moves tmp to target unless target exists. A hard link fails
// when the name is taken, which makes the check and the move one step;
// where the file system has no hard links, a check before the rename is
// the best there is.
func renameNew(tmp, target string) error {
	err := os.Link(tmp, target)
	if err == nil {
		return os.Remove(tmp)
	}
	if errors.Is(err, fs.ErrExist) {
		return &fs.PathError{Op: "create", Path: target, Err: fs.ErrExist}
	}
	if _, serr := os.Lstat(target); serr == nil {
		return &fs.PathError{Op: "create", Path: target, Err: fs.ErrExist}
	}
	return os.Rename(tmp, target)
}

// tempError words createTemp's failure for path, the name the user gave.
// A folder that is there but takes no new files (/proc, some mounted file
// systems) answers a create with "no such file or directory", which said
// of a file that exists ("open /proc/version: no such file or directory").
func tempError(path, target string, err error) error {
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		return err
	}
	dir := filepath.Dir(target)
	if errors.Is(pe.Err, syscall.ENAMETOOLONG) {
		// A file system holding names shorter than 255 bytes: its words
		// named the temporary file, "file name too long".
		return fmt.Errorf("%s: the name is longer than the file system of %s allows a file's name: give a shorter one", path, dir)
	}
	if errors.Is(pe.Err, fs.ErrNotExist) {
		if st, serr := os.Stat(dir); serr == nil && st.IsDir() {
			return fmt.Errorf("%s: its folder %s takes no new files (a file is written beside it, then renamed over it)", path, dir)
		}
	}
	return &fs.PathError{Op: pe.Op, Path: path, Err: pe.Err}
}

// createTemp makes a new temporary file beside target with the mode of a
// new file, which the umask trims as it does for any program.
// The file is counted among the writes under way (EndWrites) until write
// forgets it.
func createTemp(target string) (*os.File, string, error) {
	temps.Lock()
	defer temps.Unlock()
	var suffix [tempSuffixBytes / 2]byte
	for range 100 {
		rand.Read(suffix[:])
		name := filepath.Join(filepath.Dir(target), tempPrefix(target)+hex.EncodeToString(suffix[:]))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, newFileMode)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err == nil {
			if temps.open == nil {
				temps.open = map[string]bool{}
			}
			temps.open[name] = true
		}
		return f, name, err
	}
	return nil, "", fmt.Errorf("%s: no free temporary name", target)
}

// temps are the temporary files of the writes under way in this process.
var temps struct {
	sync.Mutex
	open map[string]bool
}

// beforeRename, when set (a test), is called with the temporary file
// just before it is renamed into place.
var beforeRename func(tmp string)

// forget takes tmp off the writes under way: it is renamed or removed.
func forget(tmp string) {
	temps.Lock()
	delete(temps.open, tmp)
	temps.Unlock()
}

// EndWrites removes the temporary files of the writes under way, for a
// process about to exit in the middle of one (SIGTERM, SIGHUP or ctrl+c
// not answered in time): the file being written keeps its old content or
// none, and no hidden .tmp-… file is left beside it. Before, `cypx add
// f*.md` ended by SIGTERM left one in the library's sources (hostile
// check 43). The lock is not kept past it: a test's exit that never
// returns would stop every later write of the test binary.
func EndWrites() {
	temps.Lock()
	defer temps.Unlock()
	for name := range temps.open {
		os.Remove(name)
		delete(temps.open, name)
	}
}

// syncDir makes the rename itself durable where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// tempPrefix is how the temporary names of path's writes begin: ".tmp-",
// path's name and "-", a random suffix after it (createTemp). A name too
// long for the temporary name to fit the file system's 255 bytes keeps
// its first bytes and a hash of the whole, so the temporary name is
// still path's alone: a name of 238 to 255 bytes was refused, "file name
// too long", of a temporary name the user never gave (hostile check 56).
func tempPrefix(path string) string {
	base := filepath.Base(path)
	if len(".tmp-")+len(base)+len("-")+tempSuffixBytes <= maxNameBytes {
		return ".tmp-" + base + "-"
	}
	sum := sha256.Sum256([]byte(base))
	mark := "~" + hex.EncodeToString(sum[:4])
	keep := maxNameBytes - len(".tmp-") - len(mark) - len("-") - tempSuffixBytes
	for keep > 0 && !utf8.RuneStart(base[keep]) {
		keep--
	}
	return ".tmp-" + base[:keep] + mark + "-"
}

// maxNameBytes is the longest name of a file most file systems hold
// (NAME_MAX).
const maxNameBytes = 255

// tempSuffixBytes is the length of a temporary name's random suffix, in
// hex.
const tempSuffixBytes = 12

// removeStale deletes the temporary files that killed writers of path left
// beside it.
func removeStale(path string) {
	// Listed, not matched as a pattern: a name may hold "[", "*" or "?"
	// ("brief [draft].md"), which would match nothing, or others' files.
	dir, prefix := filepath.Dir(path), tempPrefix(path)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), prefix) {
			continue
		}
		f := filepath.Join(dir, e.Name())
		if info, err := os.Lstat(f); err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) > staleAfter {
			os.Remove(f)
		}
	}
}

// MaxLinks bounds how many symbolic links Resolve follows, as the kernel
// does (ELOOP); a check of where a write would land follows no more.
const MaxLinks = 40

// Resolve returns the absolute path of the file that path names once
// every symbolic link is followed, in its folders and at its end. A link
// whose target does not exist yet resolves to that target, so writing
// through a dangling link creates the file it points at; links that lead
// round to each other are a LinkLoopError naming path.
func Resolve(path string) (string, error) {
	p, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	for range MaxLinks {
		dir, err := realDir(filepath.Dir(p))
		if err != nil {
			return "", err
		}
		p = filepath.Join(dir, filepath.Base(p))
		info, err := os.Lstat(p)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return p, nil
		}
		link, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(dir, link)
		}
		p = filepath.Clean(link)
	}
	return "", &LinkLoopError{Path: path}
}

// resolveDir is the absolute path of path with the links of its folders
// followed and its last element kept as it is.
func resolveDir(path string) (string, error) {
	p, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	dir, err := realDir(filepath.Dir(p))
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, filepath.Base(p)), nil
}

// realDir resolves the links of a folder path as far as it exists; the
// missing rest is kept as written.
func realDir(dir string) (string, error) {
	var rest []string
	for {
		r, err := filepath.EvalSymlinks(dir)
		if err == nil {
			return filepath.Join(append([]string{r}, rest...)...), nil
		}
		if errors.Is(err, syscall.ENOTDIR) {
			// EvalSymlinks says so bare, naming nothing: "cypx add"
			// reported "r.txt: not a directory" for a library under a
			// file, as if the report were at fault.
			return "", notAFolder(dir)
		}
		if IsLoop(err) {
			return "", FolderError(dir, err)
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return filepath.Join(append([]string{dir}, rest...)...), nil
		}
		rest = append([]string{filepath.Base(dir)}, rest...)
		dir = parent
	}
}

// NotAFolderError is a path that must lead through folders, where a file
// stands: it names the file.
type NotAFolderError struct {
	// File is the file standing where a folder must be.
	File string
}

func (e *NotAFolderError) Error() string {
	return e.File + " is a file, not a folder: move it, or set the folder elsewhere"
}

// Unwrap makes the error ENOTDIR for errors.Is.
func (e *NotAFolderError) Unwrap() error { return syscall.ENOTDIR }

// notAFolder finds the file in dir's path that stands where a folder must
// be; with none found (the file has gone since), the error names dir.
func notAFolder(dir string) error {
	var paths []string // dir, then each folder above it
	for p := dir; ; p = filepath.Dir(p) {
		paths = append(paths, p)
		if filepath.Dir(p) == p {
			break
		}
	}
	for i := len(paths) - 1; i >= 0; i-- {
		info, err := os.Stat(paths[i])
		if err != nil {
			break
		}
		if !info.IsDir() {
			return &NotAFolderError{File: paths[i]}
		}
	}
	return &fs.PathError{Op: "resolve", Path: dir, Err: syscall.ENOTDIR}
}

// Within resolves path (see Resolve) and checks that it lies inside root,
// itself resolved: cypx never writes or moves a file out of its own
// folders, whatever a name holds ("../..") or a link points at. It returns
// the resolved path.
func Within(root, path string) (string, error) {
	r, err := Resolve(root)
	if err != nil {
		return "", err
	}
	p, err := Resolve(path)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(r, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", fmt.Errorf("%s leads out of %s (to %s): refused", path, root, p)
	}
	return p, nil
}
