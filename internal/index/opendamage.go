package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"
	bolterrors "go.etcd.io/bbolt/errors"
)

// rootBolt is the file in an index's store folder where scorch keeps its
// snapshots, the mapping and cypx's version.
const rootBolt = "root.bolt"

// HeldError is the index held by another process (bbolt's lock on its
// store) for longer than opening waits: said in cypx's words, with what to
// do, where bbolt says "timeout".
type HeldError struct {
	Wait time.Duration
	err  error
}

func (e *HeldError) Error() string {
	return fmt.Sprintf("another cypx process has held the index for %s: close it (an explorer, a search or an import still running), or try again when it is done", e.Wait)
}

func (e *HeldError) Unwrap() error { return e.err }

// openDamage says in cypx's words, as ErrDamaged naming the file, what
// bleve's opening of the index at path met when it means the index's own
// files are damaged: its metadata (index_meta.json) gone, cut short or
// overwritten, or its store (root.bolt) one bbolt cannot read. bleve and
// bbolt say it in words of their own ("cannot open index, metadata
// corrupt", "invalid database", "file size too small 4096"), which name
// no file and do not tell the user that a rebuild mends it. What is not
// damage passes as it is: a lock another process holds (bbolt's timeout),
// a file cypx may not read, a full disk or a read-only one.
func openDamage(path string, err error) error {
	if err == nil || errors.Is(err, ErrDamaged) {
		return err
	}
	meta := filepath.Join(path, "index_meta.json")
	store := filepath.Join(path, "store", rootBolt)
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return &HeldError{Wait: lockWait, err: err}
	case errors.Is(err, fs.ErrPermission),
		errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT), errors.Is(err, syscall.EROFS):
		return err
	case errors.Is(err, bleve.ErrorIndexPathDoesNotExist):
		return fmt.Errorf("%w: %s is missing", ErrDamaged, path)
	case errors.Is(err, bleve.ErrorIndexMetaMissing):
		// bleve says "missing" whatever stopped it reading the file.
		f, rerr := os.Open(meta)
		switch {
		case rerr == nil:
			f.Close()
			return fmt.Errorf("%w: %s cannot be read", ErrDamaged, meta)
		case errors.Is(rerr, fs.ErrNotExist):
			return fmt.Errorf("%w: %s is missing", ErrDamaged, meta)
		case errors.Is(rerr, fs.ErrPermission):
			return rerr
		}
		return fmt.Errorf("%w: %s cannot be read", ErrDamaged, meta)
	case errors.Is(err, bleve.ErrorIndexMetaCorrupt), errors.Is(err, bleve.ErrorUnknownIndexType),
		strings.Contains(err.Error(), "reader callback id"):
		// The last: bytes at the file's end taken for the name of a
		// reader of bleve's that cypx never sets up.
		return fmt.Errorf("%w: %s does not read as the index's settings (cut short, emptied or overwritten)", ErrDamaged, meta)
	case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrVersionMismatch),
		errors.Is(err, bolterrors.ErrChecksum), errors.Is(err, bolterrors.ErrInvalidMapping),
		strings.Contains(err.Error(), "file size too small"),
		strings.Contains(err.Error(), "error parsing mapping JSON"):
		// bbolt's size check has no error value to test for; and a
		// store that opens but holds no mapping is one set up afresh.
		return fmt.Errorf("%w: %s does not read as the index's store (cut short, emptied or overwritten)", ErrDamaged, store)
	case errors.Is(err, fs.ErrNotExist):
		// A file gone between the check (plainFiles) and bleve's open.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return fmt.Errorf("%w: %s is missing", ErrDamaged, pe.Path)
		}
		return fmt.Errorf("%w: a file of it is missing", ErrDamaged)
	}
	return err
}

// segmentLost is the damage bleve's complaints (met) about a snapshot it
// could not load say, in cypx's words: the segment file of the index at
// path that a complaint names, missing or unreadable. Before, "a file of
// it is missing or unreadable", naming none, where every other damage
// names its file.
func segmentLost(path string, met []string) error {
	store := filepath.Join(path, "store") + string(filepath.Separator)
	for _, line := range met {
		// bleve's line holds the path it failed to open: "unable to load
		// snapshot, failed to load segment: error opening bolt segment:
		// open …/store/000000000003.zap: no such file or directory".
		at := strings.Index(line, store)
		if at < 0 {
			continue
		}
		end := strings.Index(line[at:], ".zap")
		if end < 0 {
			continue
		}
		seg := line[at : at+end+len(".zap")]
		if _, err := os.Stat(seg); errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%w: %s is missing", ErrDamaged, seg)
		}
		return fmt.Errorf("%w: %s cannot be read", ErrDamaged, seg)
	}
	return fmt.Errorf("%w: a file of it is missing or unreadable", ErrDamaged)
}
