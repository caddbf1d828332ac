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
			return fmt.Errorf("%s: a link to %s, which leads to no file", path, target)
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
