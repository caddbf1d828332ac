package cache

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sync"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/themes"
)

// extracted is what a build keeps of the sources it indexed, in the shape
// the manifest keeps: sources and kind counts by file. The items
// themselves went into the index as they were extracted.
type extracted struct {
	sources  map[string]evidence.Source // by file
	kinds    map[string]map[evidence.Kind]int
	problems []corpus.Problem
}

// feeder takes items to index (an *index.Feeder).
type feeder interface {
	Add(items []evidence.Item) error
	Close() error
}

// indexFiles runs the pipeline over files and gives their items to feed as
// each source's are extracted, sources in listing order and each source's
// items in document order: the order of all the items sorted at once, so
// index order agrees with the listing's while a build holds a few sources'
// items at a time, not the library's. known holds the source ids of files
// not being read, for duplicate and about: checks.
func indexFiles(o Options, feed feeder, files []string, tax *themes.Taxonomy, known map[string]string) (extracted, error) {
	defer limitMemory()()
	x := extracted{sources: map[string]evidence.Source{}, kinds: map[string]map[evidence.Kind]int{}}
	problems, err := pipeline.Stream(o.FS, files, tax, o.thesaurus, known, o.Reading, index.SourceListingCompare, func(d pipeline.Doc) error {
		index.SortListing(d.Items)
		x.sources[d.Source.File] = d.Source
		// A large source comes in parts (pipeline.Stream): counted across them.
		k := x.kinds[d.Source.File]
		if k == nil {
			k = map[evidence.Kind]int{}
		}
		for _, it := range d.Items {
			k[it.Kind]++
		}
		x.kinds[d.Source.File] = k
		return feed.Add(d.Items)
	})
	x.problems = problems
	if err == nil {
		err = feed.Close()
	}
	return x, err
}

// MemoryLimit is the soft limit on Go's memory under which a build works
// (and the CLI, whole): past it the garbage collector works harder to stay
// under it. By default the heap may grow to twice what is live before a
// collection; indexing 200,000 paragraphs (about 250 MB live) then peaked
// at 880 MB. The limit is soft: a larger live heap is never refused, only
// collected more often. GOMEMLIMIT, when set, wins.
const MemoryLimit = 320 << 20

// MappedLimit bounds the pages of segment files a full build keeps
// resident (index.BoundMapped), beside Go's memory under MemoryLimit: its
// merges read every segment whole, and the final merge of 200,000
// paragraphs otherwise held 360 MB of them at once, taking the build past
// 500 MB. The program's own code counts in it (some 20 MB).
const MappedLimit = 64 << 20

// memoryLimits counts the builds running under MemoryLimit and keeps the
// limit there was before the first.
var memoryLimits struct {
	sync.Mutex
	running int
	before  int64
}

// limitMemory holds the process to MemoryLimit while a build runs,
// whoever runs it (the CLI sets it for the whole process; the explorer,
// a test or another program may not), unless GOMEMLIMIT or the process
// set a limit of its own as low; the returned func gives back the limit
// there was once the last build running ends.
func limitMemory() (release func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	memoryLimits.Lock()
	defer memoryLimits.Unlock()
	if memoryLimits.running == 0 {
		memoryLimits.before = debug.SetMemoryLimit(-1)
		if memoryLimits.before <= MemoryLimit {
			return func() {}
		}
		debug.SetMemoryLimit(MemoryLimit)
	}
	memoryLimits.running++
	return func() {
		memoryLimits.Lock()
		defer memoryLimits.Unlock()
		if memoryLimits.running--; memoryLimits.running == 0 {
			debug.SetMemoryLimit(memoryLimits.before)
		}
	}
}

// buildInMemory indexes the whole corpus in memory.
func buildInMemory(ctx context.Context, o Options, tax *themes.Taxonomy, files []string) (*index.Index, *Catalog, error) {
	ix, err := index.New("")
	if err != nil {
		return nil, nil, err
	}
	o.Live.set(ix)
	x, err := indexFiles(o, ix.Feed(ctx, o.Progress), files, tax, nil)
	if err != nil {
		return nil, nil, err
	}
	return ix, newManifest(nil, x.sources, x.kinds, x.problems).catalog(tax, "in memory"), nil
}

// BuildingPrefix names the temporary folder a full build works in: the
// only kind of folder a build watcher may remove.
const BuildingPrefix = "building-"

// underway holds the temporary folders of the builds under way, for
// Abandon.
var underway sync.Map

// Abandon removes the temporary folders of the builds under way, for a
// process that ends without waiting for them: cmd/cypx ends a command
// that has not stopped half a second after ctrl+c, SIGTERM or SIGHUP
// (reading and extracting a source looks at no context), and its build's
// folder (120 to 250 MB at 100,000 items) was left for the next start to
// delete. A build still writing may add a file while the folder goes, so
// the removal is tried again; the next start deletes what is left, as
// after a kill.
func Abandon() {
	underway.Range(func(dir, _ any) bool {
		for range 3 {
			if os.RemoveAll(dir.(string)) == nil {
				break
			}
		}
		return true
	})
}

// rebuild indexes the whole corpus into a temporary folder and renames it
// over the old index, so a crash never leaves a half-built index in place.
func rebuild(ctx context.Context, o Options, dir string, tax *themes.Taxonomy, files []string, states map[string]fileState) (*index.Index, *manifest, error) {
	tmp, err := os.MkdirTemp(dir, BuildingPrefix)
	if err != nil {
		return nil, nil, err
	}
	underway.Store(tmp, true)
	defer func() {
		os.RemoveAll(tmp)
		underway.Delete(tmp)
	}()
	if o.Watch != nil {
		defer o.Watch(tmp)()
	}
	built := filepath.Join(tmp, "index")
	building, err := index.New(built)
	if err != nil {
		return nil, nil, err
	}
	building.BoundMapped(MappedLimit)
	o.Live.set(building) // searchable as batches land
	x, err := indexFiles(o, building.Feed(ctx, o.Progress), files, tax, nil)
	if err != nil {
		o.Live.set(nil)
		building.Close()
		return nil, nil, err
	}
	// The merge that follows maps every segment into memory to read it
	// (at 200,000 items, 270 MB of the process's resident memory): give
	// back what extraction and batches left first.
	debug.FreeOSMemory()
	if err := building.Compact(ctx, true); err != nil {
		o.Live.set(nil)
		building.Close()
		return nil, nil, err
	}
	final := filepath.Join(dir, "index")
	ix, err := o.Live.swap(func() (*index.Index, error) {
		if err := building.Close(); err != nil {
			return nil, err
		}
		if err := dropManifest(dir); err != nil {
			return nil, err
		}
		old := filepath.Join(tmp, "old")
		if _, err := os.Stat(final); err == nil {
			if err := os.Rename(final, old); err != nil {
				return nil, err
			}
		}
		if err := os.Rename(built, final); err != nil {
			return nil, err
		}
		return index.Open(final, true)
	})
	if err != nil {
		return nil, nil, err
	}
	return ix, newManifest(states, x.sources, x.kinds, x.problems), nil
}

// errSharedID stops an update where two sources claim one id: a full
// build settles which is kept by the files' names (corpus.Load's rule),
// as every command that loads the folder afresh does; an update, which
// reads only the changed files against those it kept, would keep the
// older one, and `cypx items` and `cypx show` would cite different files
// for one item id (hostile check 69).
var errSharedID = errors.New("two sources claim one id, which only a full build settles as a fresh load does")

// errAboutDates stops an update where coverage is dated before the work
// it is about (corpus.AboutDates), now or when the index was built: the
// problem is of two files, one of which an update may not read, so only
// a full build says it, or clears it, as a fresh load does.
var errAboutDates = errors.New("coverage is dated before the work it is about, which only a full build says as a fresh load does")

// update re-indexes only the sources whose files changed or went. Where
// sources share an id (before or after), it gives errSharedID, and the
// caller rebuilds.
func update(ctx context.Context, o Options, path string, old *manifest, states map[string]fileState, changed, removed []string, tax *themes.Taxonomy) (*index.Index, *manifest, error) {
	if slices.ContainsFunc(old.Problems, corpus.SharedID) {
		return nil, nil, errSharedID
	}
	if slices.ContainsFunc(old.Problems, corpus.AboutDate) {
		return nil, nil, errAboutDates
	}
	ix, err := index.Open(path, false)
	if err != nil {
		return nil, nil, err
	}
	o.Live.set(ix)
	var stale []string
	for _, f := range append(append([]string{}, changed...), removed...) {
		if e := old.find(f); e != nil && e.Source != nil {
			stale = append(stale, e.Source.ID)
		}
	}
	ids, err := ix.SourceItemIDs(ctx, stale)
	if err == nil {
		err = ix.Delete(ids)
	}
	if err != nil {
		ix.Close()
		return nil, nil, err
	}
	sources, kinds := map[string]evidence.Source{}, map[string]map[evidence.Kind]int{}
	var problems []corpus.Problem
	reread := map[string]bool{}
	for _, f := range changed {
		reread[f] = true
	}
	known := map[string]string{}
	for _, e := range old.Entries {
		if _, exists := states[e.File]; exists && !reread[e.File] && e.Source != nil {
			sources[e.File] = *e.Source
			kinds[e.File] = map[evidence.Kind]int{}
			for _, k := range e.Kinds {
				kinds[e.File][k.Kind] = k.N
			}
			known[e.Source.ID] = e.File
		}
	}
	for _, p := range old.Problems {
		if _, exists := states[p.File]; exists && !reread[p.File] {
			problems = append(problems, p)
		}
	}
	x, err := indexFiles(o, ix.Feed(ctx, o.Progress), changed, tax, known)
	if err == nil && slices.ContainsFunc(x.problems, corpus.SharedID) {
		err = errSharedID
	}
	if err != nil {
		ix.Close()
		return nil, nil, err
	}
	for f, s := range x.sources {
		sources[f], kinds[f] = s, x.kinds[f]
	}
	if corpus.AboutBefore(slices.Collect(maps.Values(sources))) {
		ix.Close()
		return nil, nil, errAboutDates
	}
	if err := ix.Compact(ctx, false); err != nil {
		ix.Close()
		return nil, nil, err
	}
	m := newManifest(states, sources, kinds, append(problems, x.problems...))
	ix, err = o.Live.swap(func() (*index.Index, error) {
		if err := ix.Close(); err != nil {
			return nil, err
		}
		return index.Open(path, true)
	})
	return ix, m, err
}
