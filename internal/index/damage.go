package index

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	"github.com/golang/snappy"
)

// ErrDamaged means the index's files were changed or cut short while it
// was open (or were damaged before), so it cannot be read any more. The
// index stays closed to searches from then on; the cache rebuilds it (see
// cache.Options.Rebuild). Test for it with errors.Is.
var ErrDamaged = errors.New("the index is damaged")

// ErrReplaced means another process (another cypx) wrote the index's
// folder since this one opened it to read: a rebuild renamed a new index
// into its place, or an update committed a new snapshot. Nothing is
// damaged, but what this one reads is the old index, whose segment files
// are deleted and stay mapped: a report removed from the library could
// still be searched, quoted and exported. It is told by the store's
// root.bolt, which bleve writes at every commit and a rebuild replaces
// (size, inode and change time: fileID), a stat at each read's check,
// and kept from then on, as damage is. Reopen the index to read it.
// Test for it with errors.Is.
var ErrReplaced = errors.New("the index was rebuilt or updated by another cypx since it was opened")

// bleve memory-maps its segment files. A file cut short under a running
// process makes reading past its new end a SIGBUS, which Go turns into a
// fatal error that no recover can catch — unless the reading goroutine has
// asked for a panic instead (runtime/debug.SetPanicOnFault). Every method
// that reads the index asks for it and recovers (protect), turning the
// fault into ErrDamaged.
//
// bleve's snapshot reads some segment data on goroutines of its own
// (dictionaries for prefix, fuzzy and wildcard terms, document ids), which
// cannot ask: cypx makes those reads itself on the reading goroutine
// (ownreads.go). Before each read the index also checks its segment files
// against what they were when verified, before bleve opened them (usable):
// one stat per segment, a few microseconds. A file
// that shrank or was rewritten in place (its change time moved, whatever
// its modification time says) is damage, found before any page of it is
// touched; damage done before the index was opened is found by the
// segment's checksum (checksum.go). A file deleted is not damage (its
// pages stay mapped), which is how bleve's own merges retire segments.
// What is left is a file cut
// short during a search, after the check: caught on the searching
// goroutine, where every read of a segment file is made.

// damageState is what the index knows of its files.
type damageState struct {
	mu   sync.Mutex
	seen map[string]segmentID // each segment file as verified (or first seen)
	err  error                // set once damage is found; sticky
	// trust skips the file check, for tests of the fault path itself.
	trust bool
	// root is the store's root.bolt as it was before an index opened to
	// read was opened (stamped): another process's commit changes it.
	root    segmentID
	stamped bool
	// watch makes a change of root a read's error (WatchReplaced).
	watch bool
}

// WatchReplaced makes every read of an index opened to read check first
// that no other process has rebuilt or updated it since (ErrReplaced): a
// stat of its root.bolt. For a program that keeps an index open while
// other cypx commands may change it (the explorer); a one-shot command
// reads the snapshot it opened, which stays whole.
func (ix *Index) WatchReplaced() {
	ix.dmg.mu.Lock()
	ix.dmg.watch = true
	ix.dmg.mu.Unlock()
}

// protect ends every method that reads the index: it restores the
// goroutine's fault setting and turns a fault, any other panic, or an error
// that says the stored data is unreadable (readFailure) into ErrDamaged.
// A segment damaged in place with its size and time kept passes the file
// check (usable) and then fails inside bleve's decoding: a slice out of
// range, a snappy block or an item's JSON that will not decode. Nothing
// but damage was seen to panic here, and a panic that is a bug shows up
// anyway: the caller rebuilds once and reports a second failure plainly.
func (ix *Index) protect(err *error, old bool) {
	debug.SetPanicOnFault(old)
	if r := recover(); r != nil {
		*err = ix.damaged(faultDamage("reading it", r))
		return
	}
	if *err != nil && !errors.Is(*err, ErrDamaged) && readFailure(*err) {
		*err = ix.damaged(fmt.Errorf("%w: %v", ErrDamaged, *err))
	}
}

// DamageOf is the damage err reports: the error in its chain that wraps
// ErrDamaged (or ErrReplaced) itself, which an index keeps once it has
// found its damage and returns from every read after (damaged, check), so
// two replies carrying the same DamageOf met one opened index. Nil when
// err is no damage.
// The explorer tells so a late reply from an index it has already
// replaced from a failure of the index that replaced it.
func DamageOf(err error) error {
	for err != nil {
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			next := u.Unwrap()
			if next == ErrDamaged || next == ErrReplaced {
				return err
			}
			err = next
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if d := DamageOf(e); d != nil {
					return d
				}
			}
			return nil
		default:
			return nil
		}
	}
	return nil
}

// FaultError is ErrDamaged from a fault or a panic while the index was
// opened or read, said in words. The panic's own text (Go's "runtime
// error: invalid memory address or nil pointer dereference") reached the
// user's warning, and told them nothing (hostile check 42); it is kept in
// Cause, for a debugger, and out of Error.
type FaultError struct {
	// Doing is what failed: "opening it", "reading it".
	Doing string
	// Cause is the value the panic carried.
	Cause any
}

func (e *FaultError) Error() string {
	return fmt.Sprintf("%v: %s failed (its files were changed, cut short or damaged on disk)", ErrDamaged, e.Doing)
}

// Unwrap makes a FaultError ErrDamaged.
func (e *FaultError) Unwrap() error { return ErrDamaged }

// faultDamage is the error of a fault or panic r while doing: the one
// rule Open and every read (protect) follow.
func faultDamage(doing string, r any) error { return &FaultError{Doing: doing, Cause: r} }

// readFailure reports whether err says stored data could not be decoded:
// a compressed block (snappy), a term dictionary (vellum), a document bleve
// found and then could not read, an item's JSON or outline, or data that
// ends early (io.EOF from a length that points past its end: no read of a
// whole index ends early). A query's own errors and a cancelled context are
// not damage.
func readFailure(err error) bool {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	for _, words := range zapxReadFailures {
		if strings.Contains(err.Error(), words) {
			return true
		}
	}
	return errors.Is(err, bleve.ErrorIndexReadInconsistency) || errors.Is(err, snappy.ErrCorrupt) || errors.Is(err, snappy.ErrTooLarge) ||
		errors.Is(err, snappy.ErrUnsupported) || errors.Is(err, errOutline) ||
		errors.Is(err, errStored) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.As(err, &syntax) || errors.As(err, &typ)
}

// zapxReadFailures are the words in which zapx reports segment data it
// cannot read: a dictionary (an FST) it cannot walk, a postings bitmap or a
// frequency, norm or location chunk it cannot load, doc values whose
// offsets are out of place. It formats the cause in (%v), so only its
// words tell: damage in place reached each of these in the damage tests,
// depending on which bytes a seed flipped.
var zapxReadFailures = []string{
	"vellum err", "vellum reader err",
	"error loading roaring bitmap",
	"error loading chunk", "tried to load freq chunk", "failed to read the chunk",
	"failed to get chunk size", "corrupted chunk offset", "error processing chunk",
	"error optimized currChunkNext",
	"error reading frequency", "error reading norm", "error reading freqHasLocs",
	"error reading location", "error reading array position",
	"loadDvReaders:", "loadFieldDocValueReader:",
}

// errStored is a stored document that does not match what was indexed: an
// item's JSON that does not decode, or decodes to another item.
var errStored = errors.New("stored item unreadable")

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
// first seen. A segment seen for the first time by an index opened to read
// has its checksum verified (checkSegments).
func (ix *Index) usable() error {
	return ix.check(ix.readOnly)
}

// check is usable, verifying the checksums of new segments when verify is
// set: always when the index is opened, and on every read of an index
// opened to read. The segments an index opened to write makes itself are
// not read back.
func (ix *Index) check(verify bool) error {
	ix.dmg.mu.Lock()
	defer ix.dmg.mu.Unlock()
	if ix.dmg.err != nil || ix.path == "" || ix.dmg.trust {
		return ix.dmg.err
	}
	files, err := ix.segmentFiles()
	if err != nil {
		// No snapshot to check (closed): bleve says so itself. Nor is a
		// closed index called replaced: the explorer closes its own
		// before its import writes the folder, and a late read of it is
		// no other cypx's rebuild.
		return nil
	}
	// Before the segments: a replacement whose segments have the old
	// ones' names is no damage.
	if ix.dmg.stamped && ix.dmg.watch {
		if err := rootChange(ix.path, ix.dmg.root); err != nil {
			ix.dmg.err = err
			return ix.dmg.err
		}
	}
	if ix.dmg.seen == nil {
		ix.dmg.seen = map[string]segmentID{}
	}
	ids := make(map[string]segmentID, len(files))
	fresh := false
	for _, f := range files {
		info, err := os.Stat(f)
		if err != nil {
			continue // deleted: its pages stay mapped until closed
		}
		now := fileID(info)
		ids[f] = now
		was, ok := ix.dmg.seen[f]
		if !ok {
			ix.dmg.seen[f], fresh = now, true
			continue
		}
		if now.Size < was.Size {
			ix.dmg.err = fmt.Errorf("%w: %s was cut from %d to %d bytes while open", ErrDamaged, f, was.Size, now.Size)
			return ix.dmg.err
		}
		if now != was {
			ix.dmg.err = fmt.Errorf("%w: %s was rewritten while open", ErrDamaged, f)
			return ix.dmg.err
		}
	}
	if fresh && verify {
		ix.dmg.err = checkSegments(ix.path, files, ids, false)
	}
	return ix.dmg.err
}

// segmentFiles lists the files of the segments the index reads now.
func (ix *Index) segmentFiles() ([]string, error) {
	r, err := ix.reader()
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

// Check reports what a read would meet before it reads: ErrDamaged, or
// ErrReplaced for a watched index another cypx has rebuilt or updated
// since. A reader that answers from what it remembers of the index (the
// resolver's resolutions) asks first, so nothing it remembers of an index
// no longer on disk is given out as current.
func (ix *Index) Check() error {
	return ix.usable()
}

// rootWait is how long a read waits for a missing root.bolt to come back:
// the cache renames a rebuilt index into the place of the old one, and a
// read between the two renames finds none.
var rootWait = 200 * time.Millisecond

// rootChange is what the store's root.bolt says of a watched index since
// it was opened (was): nothing (nil) while it is the same file, ErrReplaced
// only when a whole new store stands in its place, a root of another
// identity that is a bolt file; a root emptied, cut short or written over
// with what no bolt file holds, or gone, is damage (ErrDamaged), said as
// such, and a folder gone with it is the cache removed. Before (hostile
// check 50), every change was ErrReplaced, and the explorer blamed
// "another cypx" for a root emptied or a cache folder deleted.
func rootChange(path string, was segmentID) error {
	root := filepath.Join(path, "store", rootBolt)
	info, err := os.Stat(root)
	for waited := time.Duration(0); err != nil && waited < rootWait; waited += rootWait / 8 {
		time.Sleep(rootWait / 8)
		info, err = os.Stat(root)
	}
	switch {
	case err != nil && errors.Is(err, os.ErrNotExist):
		if _, dirErr := os.Stat(path); dirErr != nil {
			return &RemovedError{Path: path}
		}
		return fmt.Errorf("%w: %s was removed while open", ErrDamaged, root)
	case err != nil:
		return fmt.Errorf("%w: %s cannot be read (%v)", ErrDamaged, root, err)
	case fileID(info) == was:
		return nil
	case info.Size() == 0:
		return fmt.Errorf("%w: %s was emptied while open", ErrDamaged, root)
	}
	if why := notBolt(root); why != "" {
		return fmt.Errorf("%w: %s was written over while open (%s)", ErrDamaged, root, why)
	}
	return fmt.Errorf("%w (%s)", ErrReplaced, path)
}

// boltMagic opens a bolt file's meta page, after the page header.
const boltMagic = 0xED0CDAED

// notBolt says why root is no bolt file a store could be read from, or "".
func notBolt(root string) string {
	f, err := os.Open(root)
	if err != nil {
		return err.Error()
	}
	defer f.Close()
	var head [20]byte
	if _, err := io.ReadFull(f, head[:]); err != nil {
		return "it is cut short"
	}
	if binary.LittleEndian.Uint32(head[16:]) != boltMagic {
		return "it holds no store"
	}
	return ""
}

// RemovedError is ErrDamaged of an index whose folder was deleted while it
// was open (the cache removed by hand, or by a clean of the cache folder):
// no one rebuilt it, and nothing of it is left to read.
type RemovedError struct{ Path string }

func (e *RemovedError) Error() string {
	return fmt.Sprintf("%v: the cache folder %s was removed while open", ErrDamaged, e.Path)
}

// Unwrap makes a RemovedError ErrDamaged.
func (e *RemovedError) Unwrap() error { return ErrDamaged }
