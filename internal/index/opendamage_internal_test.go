package index

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bolterrors "go.etcd.io/bbolt/errors"
)

// TestOpenDamageKeepsWhatIsNotDamage: bleve's and bbolt's words for an
// index's files gone or unreadable become ErrDamaged naming the file; a
// file cypx may not read, a full disk, a quota and a read-only disk stay
// the errors they are, for the cache to report as such; a lock another
// process holds is no damage either, said in cypx's words
// (TestHeldIndexIsSaidInCypxsWords).
func TestOpenDamageKeepsWhatIsNotDamage(t *testing.T) {
	dir := t.TempDir()
	bolt := filepath.Join(dir, "store", rootBolt)
	for _, err := range []error{
		&fs.PathError{Op: "open", Path: bolt, Err: syscall.EACCES},
		&fs.PathError{Op: "write", Path: bolt, Err: syscall.ENOSPC},
		&fs.PathError{Op: "write", Path: bolt, Err: syscall.EDQUOT},
		&fs.PathError{Op: "open", Path: bolt, Err: syscall.EROFS},
	} {
		if got := openDamage(dir, err); got != err {
			t.Errorf("openDamage(%q) = %q, want it as it is", err, got)
		}
	}
	for _, c := range []struct {
		err  error
		file string
	}{
		{bleve.ErrorIndexMetaCorrupt, "index_meta.json"},
		{bleve.ErrorIndexMetaMissing, "index_meta.json"},
		{bleve.ErrorIndexPathDoesNotExist, ""},
		{bolterrors.ErrInvalid, "store/root.bolt"},
		{bolterrors.ErrChecksum, "store/root.bolt"},
		{bolterrors.ErrVersionMismatch, "store/root.bolt"},
		{fmt.Errorf("file size too small %d", 4096), "store/root.bolt"},
		{&fs.PathError{Op: "open", Path: bolt, Err: syscall.ENOENT}, "store/root.bolt"},
	} {
		got := openDamage(dir, c.err)
		if !errors.Is(got, ErrDamaged) || !strings.Contains(got.Error(), filepath.Join(dir, c.file)) {
			t.Errorf("openDamage(%q) = %q, want damage naming %s", c.err, got, filepath.Join(dir, c.file))
		}
	}
}
