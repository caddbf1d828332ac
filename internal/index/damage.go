package index

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// ErrDamaged means the index's files were changed or cut short while it
// was open (or were damaged before), so it cannot be read any more. The
// index stays closed to searches from then on; the cache rebuilds it (see
// cache.Options.Rebuild). Test for it with errors.Is.
var ErrDamaged = errors.New("the index is damaged")

// bleve memory-maps its segment files. A file cut short under a running
// process makes reading past its new end a SIGBUS, which Go turns into a
// fatal error that no recover can catch — unless the reading goroutine has
// asked for a panic instead (runtime/debug.SetPanicOnFault). Every method
// that reads the index asks for it and recovers (protect), turning the
// fault into ErrDamaged.
//
// bleve reads some segment data on goroutines of its own (dictionaries for
// prefix and fuzzy terms, document ids), which cannot ask. So before each
// read the index checks its segment files against what they were when
// first seen (usable): one stat per segment, a few microseconds. A file
// that shrank or was rewritten in place is damage, found before any page
// of it is touched; a file deleted is not (its pages stay mapped), which
// is how bleve's own merges retire segments. What is left is a file cut
// short during a search, after the check: caught where bleve reads on the
// searching goroutine, fatal only where it reads on one of its own.

// damageState is what the index knows of its files.
type damageState struct {
	mu   sync.Mutex
	seen map[string]fileMark
	err  error // set once damage is found; sticky
	// trust skips the file check, for tests of the fault path itself.
	trust bool
}

// fileMark is a segment file's size and modification time when first seen.
type fileMark struct {
	size int64
	mod  time.Time
}

// protect ends every method that reads the index: it restores the
// goroutine's fault setting and turns a fault, or a panic while the files
// show damage, into ErrDamaged. Other panics are bugs and go on.
func (ix *Index) protect(err *error, old bool) {
	debug.SetPanicOnFault(old)
	r := recover()
	if r == nil {
		return
	}
	_, fault := r.(interface{ Addr() uintptr })
	if !fault && ix.usable() == nil {
		panic(r)
	}
	*err = ix.damaged(fmt.Errorf("%w: reading it failed (%v)", ErrDamaged, r))
}

// damaged records the first damage found and returns it.
func (ix *Index) damaged(err error) error {
	ix.dmg.mu.Lock()
	defer ix.dmg.mu.Unlock()
	if ix.dmg.err == nil {
		ix.dmg.err = err
	}
	return ix.dmg.err
}

// usable reports ErrDamaged if the index was found damaged, or if one of
// the segment files it reads has shrunk or been rewritten since it was
// first seen.
func (ix *Index) usable() error {
	ix.dmg.mu.Lock()
	defer ix.dmg.mu.Unlock()
	if ix.dmg.err != nil || ix.path == "" || ix.dmg.trust {
		return ix.dmg.err
	}
	files, err := ix.segmentFiles()
	if err != nil {
		return nil // no snapshot to check (closed): bleve says so itself
	}
	if ix.dmg.seen == nil {
		ix.dmg.seen = map[string]fileMark{}
	}
	for _, f := range files {
		info, err := os.Stat(f)
		if err != nil {
			continue // deleted: its pages stay mapped until closed
		}
		now := fileMark{size: info.Size(), mod: info.ModTime()}
		was, ok := ix.dmg.seen[f]
		if !ok {
			ix.dmg.seen[f] = now
			continue
		}
		if now.size < was.size {
			ix.dmg.err = fmt.Errorf("%w: %s was cut from %d to %d bytes while open", ErrDamaged, f, was.size, now.size)
			return ix.dmg.err
		}
		if now != was {
			ix.dmg.err = fmt.Errorf("%w: %s was rewritten while open", ErrDamaged, f)
			return ix.dmg.err
		}
	}
	return nil
}

// segmentFiles lists the files of the segments the index reads now.
func (ix *Index) segmentFiles() ([]string, error) {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, nil
	}
	var files []string
	for _, seg := range snap.Segments() {
		if p, ok := seg.Segment().(segment.PersistedSegment); ok {
			files = append(files, p.Path())
		}
	}
	return files, nil
}
