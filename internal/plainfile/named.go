package plainfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// Named is err, met opening or reading the file the user named at path,
// said with the name once and in cypx's words: "report.pdf: no such
// file", "record.ris: a link to /mnt/usb/record.ris, which leads to no
// file", "refs: a folder, not a file", where the system said "stat
// report.pdf: no such file or directory" and "read refs: not a regular
// file (…)". Other errors keep the system's reason after the name.
func Named(path string, err error) error {
	if err == nil {
		return nil
	}
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if target, lerr := os.Readlink(path); lerr == nil {
			return linkToNothing(path, target)
		}
		return fmt.Errorf("%s: no such file", path)
	case errors.Is(err, ErrNotRegular):
		if info, serr := os.Stat(path); serr == nil && info.IsDir() {
			return fmt.Errorf("%s: a folder, not a file", path)
		}
		return fmt.Errorf("%s: %v", path, ErrNotRegular)
	case errors.As(err, &pe):
		return fmt.Errorf("%s: %v", path, pe.Err)
	}
	return err
}

// LinkToNothing is the error of name in fsys when it is a symbolic link
// that leads to no file ("themes.yaml: a link to gone.yaml, which leads to
// no file"), else nil. A reader that falls back on a file that is not
// there (the bundled themes for a corpus without its own) asks it first:
// a link to nothing is a file the user put there, and its reading was
// "not there", the fallback used without a word.
func LinkToNothing(fsys fs.FS, name string) error { return LinkToNothingAs(fsys, name, name) }

// LinkToNothingAs is LinkToNothing naming the file shown (its path as the
// user can find it), as ReadFSAs does.
func LinkToNothingAs(fsys fs.FS, name, shown string) error {
	info, err := fs.Lstat(fsys, name)
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return nil
	}
	if _, err := fs.Stat(fsys, name); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	target, err := fs.ReadLink(fsys, name)
	if err != nil {
		return nil
	}
	return linkToNothing(shown, target)
}

// linkToNothing says that path is a link to target, which is no file: the
// one wording for a file the user named and for one cypx reads.
func linkToNothing(path, target string) error {
	return fmt.Errorf("%s: a link to %s, which leads to no file", path, target)
}
