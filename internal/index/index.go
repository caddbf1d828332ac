package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	segment "github.com/blevesearch/scorch_segment_api/v2"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/plainfile"
)

// batchSize is how many items go into one bleve batch while building.
const batchSize = 2000

var versionKey = []byte("cypx_version")

// lockWait is how long opening waits for another process's lock.
const lockWait = 2 * time.Second

// ErrStale means an index on disk was built by another version of cypx and
// must be rebuilt.
var ErrStale = errors.New("index was built by another version of cypx")

// Index is a searchable set of evidence items.
type Index struct {
	bi     bleve.Index
	closed sync.Once
	err    error
	// weights remembers term weights (see TermWeights) until a change.
	wmu     sync.Mutex
	weights map[string]float64
	// path is the index folder ("" in memory); readOnly says it was opened
	// read-only, so its snapshot never changes and a facet table serves it.
	path       string
	readOnly   bool
	tmu        sync.Mutex
	table      *facetTable
	tableTried bool
	// bleveOnly leaves every search to bleve, for tests that compare.
	bleveOnly bool
	// dmg watches the segment files for damage while open (damage.go).
	dmg damageState
	// vocab holds the themes and thesaurus queries are read with.
	vocab vocabPointer
	// bound, when set, keeps the mapped segment pages a build holds
	// bounded (BoundMapped), until Close.
	bmu   sync.Mutex
	bound *mappedBound
}

// Progress is told how many items have been indexed so far.
type Progress func(done, total int)

// Build indexes items into a new scorch index at path, or in memory when
// path is "". (Scorch in memory, never bleve.NewMemOnly, whose deprecated
// engine is many times slower to build and query.)
func Build(ctx context.Context, path string, items []evidence.Item, progress Progress) (*Index, error) {
	ix, err := New(path)
	if err != nil {
		return nil, err
	}
	if err := ix.Consume(ctx, ListingOrder(items), progress); err != nil {
		ix.Close()
		return nil, err
	}
	return ix, nil
}

// New creates an empty index at path ("" for memory), ready for Add and
// searchable while items are added.
func New(path string) (*Index, error) {
	bi, err := bleve.NewUsing(path, newMapping(), scorch.Name, scorch.Name, mergeConfig())
	if err != nil {
		return nil, err
	}
	if err := bi.SetInternal(versionKey, []byte(Version)); err != nil {
		bi.Close()
		return nil, err
	}
	return &Index{bi: bi, path: path}, nil
}

// Open opens an index built earlier at path. It returns ErrStale when the
// index was built by another mapping or extractor version, and ErrDamaged
// when a segment fails its checksum, which is verified before bleve reads
// the segment. No other process may be writing segments to path meanwhile
// (the cache opens under its lock): a segment half written would be taken
// for damage.
func Open(path string, readOnly bool) (ix *Index, err error) {
	// Files damaged on disk can fault or panic inside bleve's reading of
	// them (see damage.go): that is a damaged index, not a crash.
	defer func(old bool) {
		debug.SetPanicOnFault(old)
		if r := recover(); r != nil {
			ix, err = nil, faultDamage("opening it", r)
		}
	}(debug.SetPanicOnFault(true))
	segments, err := plainFiles(path)
	if err != nil {
		return nil, err
	}
	// Stamped before bleve reads the snapshot: a commit by another
	// process from here on is seen by the next read (ErrReplaced).
	root, rootErr := os.Stat(filepath.Join(path, "store", rootBolt))
	verified, err := verifyStore(path, segments)
	if err != nil {
		return nil, err
	}
	// Another cypx holding the index (an explorer left open) must not make
	// this one wait for ever: give up on the lock after a while, and let
	// the caller build a fresh copy instead.
	cfg := mergeConfig()
	cfg["bolt_timeout"] = lockWait.String()
	if readOnly {
		cfg["read_only"] = true
	}
	complaints := sink.watchOpen()
	bi, err := bleve.OpenUsing(path, cfg)
	err = openDamage(path, err)
	if met := complaints(); len(met) > 0 {
		// A snapshot bleve could not load (a segment file gone) left
		// it an older snapshot or none, and a mapping it cannot read:
		// damage, said once in cypx's words, not as bleve's log line
		// and its multi-line mapping error.
		if err == nil {
			bi.Close()
		}
		return nil, segmentLost(path, met)
	}
	if err != nil {
		return nil, err
	}
	v, err := bi.GetInternal(versionKey)
	if err != nil || string(v) != Version {
		bi.Close()
		if err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w (built by %q, this is %q)", ErrStale, v, Version)
	}
	ix = &Index{bi: bi, path: path, readOnly: readOnly}
	if readOnly && rootErr == nil {
		ix.dmg.root, ix.dmg.stamped = fileID(root), true
	}
	// The segment files are checked from now against what they were when
	// verified, before bleve read them, not at the first read: damage in
	// between would otherwise be the norm they are checked against (see
	// usable). Verified whether opened to read or to write: a merge would
	// otherwise copy damage into a segment with a good checksum.
	// A segment of bleve's snapshot that was not there to be verified
	// (none should be) is verified now, before any read.
	ix.dmg.seen = verified
	ix.check(true)
	return ix, nil
}

// plainFiles refuses, as damage, an index whose metadata or store holds a
// FIFO, a device or a socket (or a link to one) where bleve expects a
// file: bleve would open a FIFO and wait for a writer for ever, and read a
// link to /dev/zero without end, and every command would hang with no
// word. It refuses as damage too the folder, the metadata or the store's
// root.bolt missing, or root.bolt empty, in cypx's words: bleve's were
// "cannot open index, metadata missing" or a path gone, and bbolt takes an
// empty root.bolt for a new store to set up, which it cannot write opened
// to read ("bad file descriptor"), and which opened to write is an index
// with nothing in it. It returns the store's segment files (read from the
// folder, never matched as a pattern: a cache folder may be named
// "Jo [work]").
func plainFiles(path string) (segments []string, err error) {
	switch info, err := os.Stat(path); {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%w: %s is missing", ErrDamaged, path)
	case err == nil && !info.IsDir():
		// Was "stat …/index_meta.json: not a directory".
		return nil, fmt.Errorf("%w: %s is a file, not a folder", ErrDamaged, path)
	case atomicfile.IsLoop(err):
		return nil, fmt.Errorf("%w: %v", ErrDamaged, atomicfile.LinkLoop(path, err))
	}
	store := filepath.Join(path, "store")
	names := []string{filepath.Join(path, "index_meta.json"), store, filepath.Join(store, rootBolt)}
	entries, err := os.ReadDir(store)
	if err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
		// A loop of links was "open …/store: too many levels of symbolic
		// links".
		return nil, fmt.Errorf("%w: %v", ErrDamaged, atomicfile.LinkLoop(store, err))
	}
	for _, e := range entries {
		if e.Name() != rootBolt {
			names = append(names, filepath.Join(store, e.Name()))
		}
	}
	for i, name := range names {
		info, err := os.Stat(name)
		switch {
		case errors.Is(err, fs.ErrNotExist) && i < 3:
			return nil, fmt.Errorf("%w: %s is missing", ErrDamaged, name)
		case errors.Is(err, fs.ErrNotExist):
			// Gone since the folder was read: not one bleve will open.
		case err != nil:
			return nil, fmt.Errorf("%w: %v", ErrDamaged, atomicfile.LinkLoop(name, err))
		case !info.Mode().IsRegular() && !info.IsDir():
			return nil, fmt.Errorf("%w: %s is %v", ErrDamaged, name, plainfile.ErrNotRegular)
		case i == 1 && !info.IsDir():
			return nil, fmt.Errorf("%w: %s is a file, not a folder", ErrDamaged, name)
		case i != 1 && i < 3 && info.IsDir():
			return nil, fmt.Errorf("%w: %s is a folder, not a file", ErrDamaged, name)
		case i == 0 && info.Size() > maxMetaBytes:
			return nil, fmt.Errorf("%w: %s is %d bytes, not the few bytes bleve writes there", ErrDamaged, name, info.Size())
		case i == 2 && info.Size() == 0:
			return nil, fmt.Errorf("%w: %s is empty", ErrDamaged, name)
		case i > 2 && info.Mode().IsRegular() && strings.HasSuffix(name, ".zap"):
			segments = append(segments, name)
		}
	}
	return segments, nil
}

// maxMetaBytes bounds bleve's index_meta.json, which bleve reads whole
// before parsing it: it holds some 50 bytes (the storage and index type),
// and one grown to 2 GB was read into 2.1 GB of memory over 29 s before
// bleve found it corrupt.
const maxMetaBytes = 64 << 10

// Add indexes items in batches, reporting progress after each batch.
//
// What a build holds in memory is bounded: a batch closes at batchSize
// items, batchBytes of text or MaxBatchWords words analysed, whichever
// comes first, and on disk the next batch waits while more than
// maxUnpersisted batches are still only in memory. bleve writes batches
// to disk on a goroutine of its own; when it falls behind (a slow disk, a
// busy machine) the batches otherwise pile up in memory: 200,000
// paragraphs peaked at 650 MB of heap.
func (ix *Index) Add(ctx context.Context, items []evidence.Item, progress Progress) error {
	return ix.add(ctx, items, progress, false)
}

// Consume is Add for items the caller has no more use for: each is
// cleared once its batch is in the index, so what a build holds shrinks
// as it goes (a source of 440,000 figures held 150 MB of items to the
// end).
func (ix *Index) Consume(ctx context.Context, items []evidence.Item, progress Progress) error {
	return ix.add(ctx, items, progress, true)
}

// add is Add, clearing items as they are indexed when release is set.
func (ix *Index) add(ctx context.Context, items []evidence.Item, progress Progress, release bool) (err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	f := ix.feed(ctx, progress, len(items))
	if err := f.start(); err != nil {
		return err
	}
	first := 0
	for i := range items {
		if err := f.put(&items[i]); err != nil {
			return err
		}
		if release && f.done > first {
			clear(items[first:f.done])
			first = f.done
		}
	}
	if err := f.flush(); err != nil {
		return err
	}
	if release {
		clear(items[first:])
	}
	return nil
}

// Feeder indexes items handed to it a source at a time, in batches that
// span sources as Add's do, so that a build can index items as they are
// extracted instead of holding every item of the library first (at a
// million items, 2.9 GB). Items are indexed in the order given: a build
// gives them in listing order (see SourceListingCompare).
type Feeder struct {
	ix       *Index
	ctx      context.Context
	progress Progress
	// total is the count progress is told of; 0 while it is not known.
	total int
	b     *bleve.Batch
	// bytes weighs the batch (text and figures), words counts the words
	// its texts are analysed into; queued counts its items, done the items
	// already in the index.
	bytes, words, queued, done int
	// checked is set once the index was found usable, before the first item.
	checked bool
}

// Feed starts feeding items to the index. progress, when set, is told
// after each batch how many items are in: as (done, 0) while the count is
// not known, and (n, n) once Close has indexed the last.
func (ix *Index) Feed(ctx context.Context, progress Progress) *Feeder {
	return ix.feed(ctx, progress, 0)
}

func (ix *Index) feed(ctx context.Context, progress Progress, total int) *Feeder {
	return &Feeder{ix: ix, ctx: ctx, progress: progress, total: total, b: ix.bi.NewBatch()}
}

// Add queues items for indexing, indexing each batch as it fills; the
// items are not kept, so the caller may let them go.
func (f *Feeder) Add(items []evidence.Item) (err error) {
	defer f.ix.protect(&err, debug.SetPanicOnFault(true))
	for i := range items {
		if err := f.put(&items[i]); err != nil {
			return err
		}
	}
	return nil
}

// Close indexes the items still queued. The index stays open.
func (f *Feeder) Close() (err error) {
	defer f.ix.protect(&err, debug.SetPanicOnFault(true))
	if f.total == 0 {
		f.total = f.done + f.queued
	}
	return f.flush()
}

// start checks, once, that the index is usable (not found damaged).
func (f *Feeder) start() error {
	if f.checked {
		return nil
	}
	f.checked = true
	return f.ix.usable()
}

// put queues one item, indexing the batch once it is full.
func (f *Feeder) put(it *evidence.Item) error {
	if err := f.ctx.Err(); err != nil {
		return err
	}
	if err := f.start(); err != nil {
		return err
	}
	doc, err := document(*it)
	if err != nil {
		return err
	}
	if err := f.b.Index(it.ID, doc); err != nil {
		return err
	}
	f.queued++
	f.bytes += min(len(it.Text), MaxIndexedBytes) + min(len(it.Header), MaxIndexedBytes) + figureWeight*min(len(it.Figures), MaxIndexedValues)
	for _, t := range searchTexts(*it) {
		f.words += AnalysedWords(t)
	}
	if f.b.Size() >= batchSize || f.bytes >= batchBytes || f.words >= MaxBatchWords {
		return f.flush()
	}
	return nil
}

// flush indexes the queued batch, then waits while bleve has more than
// maxUnpersisted batches in memory only.
func (f *Feeder) flush() error {
	if f.queued == 0 {
		return nil
	}
	// Term weights cached for queries are stale once the batch is in.
	defer f.ix.forgetWeights()
	if err := f.ix.bi.Batch(f.b); err != nil {
		return err
	}
	f.b.Reset()
	f.done, f.queued, f.bytes, f.words = f.done+f.queued, 0, 0, 0
	if err := f.ix.catchUp(f.ctx); err != nil {
		return err
	}
	if f.progress != nil {
		f.progress(f.done, f.total)
	}
	return nil
}

// batchBytes bounds the text in one batch: analysis holds each word's
// terms and positions until the batch is a segment.
const batchBytes = 4 << 20

// MaxBatchWords bounds the words of text one batch analyses. Analysis
// holds every word three times until the batch is a segment (the text's
// and the words' fields with each position, the starts' field as two
// terms), some 250 to 330 bytes a word whatever its length, and bleve
// sizes each field's table of terms by its words, not by the terms it
// holds: what a batch costs follows its words, not its bytes. Counted by
// bytes alone, one sentence of 13 MB with no full stop (cut into excerpts
// of 3.6 KB, a thousand to the 4 MB of batchBytes) made batches of
// 650,000 words whose analysis held 217 MB at once, and shorter words
// make more of them to the megabyte (two-letter words: 845 MB peak RSS
// for the first search). 64,000 words is some 20 MB of analysis, and
// what 1,500 items of a report's sentences hold (42 words each in the
// bundled corpus): an ordinary build's batches are three quarters of
// their 2,000 items or whole (the benchmarks' items, 21 words each).
const MaxBatchWords = 64_000

// AnalysedWords counts the words bleve's tokenizer finds in text, or
// more: a run of letters, digits and marks counts once, and every
// character of a script written without spaces (Han, kana, Hangul, Thai
// and their neighbours), which the tokenizer may take a character at a
// time, counts on its own. A count too high only closes a batch sooner.
func AnalysedWords(text string) int {
	n := 0
	in := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			word := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
			if word && !in {
				n++
			}
			in = word
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar):
			n++
			in = false
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if !in {
				n++
			}
			in = true
		default:
			in = false
		}
	}
	return n
}

// figureWeight is what one indexed figure value costs a batch, counted as
// bytes of text: bleve analyses a number into 16 prefix-coded terms, each
// with its own frequency record, about 1.5 KB live until the batch is a
// segment (measured on items of 52 figures: 62 MB of numeric analysis for
// 780 items). Counted as 64 bytes, a batch of figure-dense items held
// 200 MB.
const figureWeight = 1536

// maxUnpersisted is how many batches may wait in memory to be written.
const maxUnpersisted = 2

// catchUp waits while more than maxUnpersisted segments are only in
// memory, for an index on disk.
func (ix *Index) catchUp(ctx context.Context) error {
	if ix.path == "" {
		return nil
	}
	return waitUntil(ctx, func() (bool, error) {
		all, onDisk, err := ix.segments()
		return all-onDisk <= maxUnpersisted, err
	})
}

// Compact merges the index's segments, waiting until it is done: into one
// when all is set, else only as far as bleve's tiered policy asks (small
// segments together, cheaply). A full build ends with a dozen segments
// unmerged, and each update adds one; each costs every later start and
// search: opening, and one more dictionary to read per query term.
func (ix *Index) Compact(ctx context.Context, all bool) (err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return err
	}

	adv, err := ix.bi.Advanced()
	if err != nil {
		return err
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok || ix.path == "" {
		// In memory nothing is written to disk, and nothing outlives the
		// process to be slowed by many segments.
		return nil
	}
	// A merge takes only the segments already written to disk; bleve
	// writes the newest ones in the background, so wait for them.
	persisted := func() (bool, error) {
		all, onDisk, err := ix.segments()
		return onDisk == all, err
	}
	if err := waitUntil(ctx, persisted); err != nil {
		return err
	}
	plan := mergeplan.DefaultMergePlanOptions
	if all {
		// bleve's single-segment plan joins at most ten segments per task
		// and would leave two of a 100k build's fourteen, costing a second
		// full rewrite: join them all in one task.
		plan = mergeplan.SingleSegmentMergePlanOptions
		plan.SegmentsPerMergeTask = 1 << 20
		plan.MaxSegmentSize = maxSegmentDocs
	}
	if err := s.ForceMerge(ctx, &plan); err != nil {
		return err
	}
	// bleve deletes the files a merge replaced in the background, soon
	// after; closing the index first leaves them on disk for good (at
	// 100,000 items, 128 MB beside the 122 MB in use). The folder then
	// holds the segments and bleve's root file. Only disk space is at
	// stake, so the wait is bounded and its failure ignored.
	purged := func() (bool, error) {
		all, _, err := ix.segments()
		files, ok := s.StatsMap()["CurOnDiskFiles"].(uint64)
		return !ok || files <= uint64(all)+1, err
	}
	deadline := time.Now().Add(purgeWait)
	for ctx.Err() == nil && time.Now().Before(deadline) {
		step, cancel := context.WithTimeout(ctx, nudgeEvery)
		err := waitUntil(step, purged)
		cancel()
		if err != context.DeadlineExceeded {
			break // purged, or the index cannot say
		}
		// bleve deletes them when its persister turns after the merge,
		// and keeps those a reader holds at that moment (a search that
		// began before the merge); with no write after, it never turns
		// again. Writing the version again makes it turn.
		if err := ix.bi.SetInternal(versionKey, []byte(Version)); err != nil {
			break
		}
	}
	return ctx.Err()
}

// maxSegmentDocs caps the documents of a segment a full merge makes. A
// merge maps every segment it reads: one segment of a million items mapped
// 1.3 GB at once and took a build's peak from 0.64 GB to 1.59 GB. Capped,
// a million items end in five segments, merged a few at a time (peak
// 0.91 GB), and a search over them gives the same hits, scores and counts
// as over one (bleve's scores read the whole index's statistics) and is no
// slower; a library of 250,000 items or fewer still ends in one segment.
var maxSegmentDocs int64 = 250_000

// mergeConfig is the scorch configuration that holds bleve's background
// merges to maxSegmentDocs a segment as well: they too map every segment
// they read, and a library grown past the cap by additions should not end
// in one segment the next full merge cannot split.
func mergeConfig() map[string]interface{} {
	// bleve reads the options as JSON over its defaults (the whole struct
	// holds a func and does not marshal), so name only the one changed.
	return map[string]interface{}{"scorchMergePlanOptions": map[string]interface{}{
		"MaxSegmentSize": min(mergeplan.DefaultMergePlanOptions.MaxSegmentSize, maxSegmentDocs),
	}}
}

// purgeWait bounds how long Compact waits for bleve's clean-up, and
// nudgeEvery how long it waits before making bleve's persister turn.
const (
	purgeWait  = 5 * time.Second
	nudgeEvery = 250 * time.Millisecond
)

// pollEvery is how often waitUntil asks again.
const pollEvery = 2 * time.Millisecond

// waitUntil asks done until it says yes or fails, or ctx ends.
func waitUntil(ctx context.Context, done func() (bool, error)) error {
	for {
		if ok, err := done(); ok || err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pollEvery):
		}
	}
}

// Segments is how many segments the index holds now (see Compact).
func (ix *Index) Segments() (int, error) {
	all, _, err := ix.segments()
	return all, err
}

// segments counts the index's segments, and those of them on disk.
func (ix *Index) segments() (all, onDisk int, err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return 0, 0, err
	}

	r, err := ix.reader()
	if err != nil {
		return 0, 0, err
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return 1, 1, nil
	}
	for _, seg := range snap.Segments() {
		if _, persisted := seg.Segment().(segment.PersistedSegment); persisted {
			onDisk++
		}
	}
	return len(snap.Segments()), onDisk, nil
}

// Delete removes items by id.
func (ix *Index) Delete(ids []string) (err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return err
	}

	defer ix.forgetWeights()
	b := ix.bi.NewBatch()
	for _, id := range ids {
		b.Delete(id)
	}
	return ix.bi.Batch(b)
}

// Close releases the index; closing it again does nothing.
func (ix *Index) Close() error {
	ix.closed.Do(func() {
		ix.stopBound()
		ix.closeTable()
		ix.err = ix.bi.Close()
	})
	return ix.err
}

// Count is the number of items in the index.
func (ix *Index) Count() (_ int, err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return 0, err
	}

	n, err := ix.bi.DocCount()
	return int(n), err
}

// document is what bleve indexes for one item.
func document(it evidence.Item) (map[string]interface{}, error) {
	raw, err := json.Marshal(it)
	if err != nil {
		return nil, err
	}
	values := make([]float64, min(len(it.Figures), MaxIndexedValues))
	for i := range values {
		values[i] = it.Figures[i].Value
	}
	texts := searchTexts(it)
	text := texts[0]
	actors := make([]string, len(it.Actors))
	for i, a := range it.Actors {
		actors[i] = string(a)
	}
	date := it.Source.Date
	fields := map[string]interface{}{
		FieldText:           text,
		FieldWords:          text,
		FieldStarts:         text,
		FieldKind:           string(it.Kind),
		FieldSource:         it.Source.ID,
		FieldTheme:          it.Themes,
		FieldActor:          actors,
		FieldPublisher:      IndexedPublisher(it.Source.Publisher),
		FieldPublisherWords: IndexedPublisher(it.Source.Publisher),
		FieldType:           string(it.Source.Type),
		FieldYear:           float64(date.Year),
		FieldValue:          values,
		FieldDate:           fmt.Sprintf("%04d-%02d-%02d", date.Year, date.Month, date.Day),
		FieldSeq:            float64(it.Seq),
		FieldHash:           hashPart(it.ID),
		FieldMeasure:        measureTerms(it.Figures),
		fieldDoc:            seal(raw),
	}
	if len(texts) > 1 {
		fields[fieldHeader] = texts[1]
		fields[fieldHeaderWords] = texts[1]
		fields[fieldHeaderStarts] = texts[1]
	}
	if len(it.Figures) > 0 {
		fields[fieldOutline] = seal(outlineOf(it))
	}
	return fields, nil
}

// MaxIndexedBytes bounds how much of one item's text is analysed for
// search. Analysis holds every word's terms and positions in memory: a
// 24 MB one-paragraph web page took 3.5 GB to index whole. No paragraph
// of a report comes near 64 KB (some 10,000 words); the whole text is
// still stored, shown and exported, and only words past the limit are not
// found by a search.
const MaxIndexedBytes = 64 << 10

// MaxIndexedPublisherBytes bounds how much of a publisher is indexed. The
// publisher field is a keyword: the whole value is one term of bleve's
// dictionary, and a 4 MB publisher took 42 s and 1 GB of memory to index
// (vellum builds its dictionary a byte at a time). No organisation's name
// comes near 1 KB; the whole publisher is still stored, shown and cited.
const MaxIndexedPublisherBytes = 1 << 10

// IndexedPublisher is the part of a publisher that is indexed, and that a
// filter on the publisher looks up: all of it, or its first
// MaxIndexedPublisherBytes, cut at a character.
func IndexedPublisher(p string) string { return evidence.Prefix(p, MaxIndexedPublisherBytes) }

// MaxIndexedValues bounds how many of one item's figure values are
// indexed for value: queries, for the same reason.
const MaxIndexedValues = 1000

// searchTexts are what a query of an item's words searches, and the only
// definition of it: the item's own text (FieldText), then, for a table
// row, its table's header row (fieldHeader), so that a row of figures is
// found by the words that say what its cells are ("referrals"), which the
// row alone never holds. Each is searched apart: a phrase never runs from
// the header into the row, and a word matched in the header marks nothing
// in the row (spans read the text's fields alone).
func searchTexts(it evidence.Item) []string {
	text := searchable(it.Text)
	if it.Header == "" || it.Header == it.Text {
		return []string{text}
	}
	return []string{text, searchable(it.Header)}
}

// searchable is the part of a text that is indexed: all of it, or up to
// MaxIndexedBytes, cut at a space, read without Markdown's inline marks
// (evidence.BlankInlineMarks).
func searchable(text string) string {
	if len(text) <= MaxIndexedBytes {
		return evidence.BlankInlineMarks(text)
	}
	cut := strings.LastIndexByte(text[:MaxIndexedBytes], ' ')
	if cut < MaxIndexedBytes/2 {
		return evidence.BlankInlineMarks(evidence.Prefix(text, MaxIndexedBytes))
	}
	return evidence.BlankInlineMarks(text[:cut])
}

// hashPart is the part of an item id after its last "#".
func hashPart(id string) string {
	if i := strings.LastIndexByte(id, '#'); i >= 0 {
		return id[i+1:]
	}
	return id
}

// ListingOrder is a copy of items newest source first, then by source and
// document order: the order searches fall back to when scores tie, so
// items should be added in it.
func ListingOrder(items []evidence.Item) []evidence.Item {
	out := append([]evidence.Item(nil), items...)
	SortListing(out)
	return out
}

// SortListing puts items in listing order (see ListingOrder) in place: a
// build sorts its own items rather than hold a second copy of 200,000 of
// them (85 MB).
func SortListing(items []evidence.Item) {
	sort.SliceStable(items, func(i, j int) bool { return listingCompare(&items[i], &items[j]) < 0 })
}
