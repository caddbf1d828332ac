// Package cache keeps the search index of a corpus on disk between runs, so
// that cypx opens what it built before instead of extracting and indexing
// the corpus again.
//
// Each corpus has a folder under the cache root holding the bleve index and
// a manifest: every source file's size, modification time and content hash,
// the sources' metadata and the problems found. A start stats the files
// (for a large library, only within a minute of the last full check, while
// its folders' times say no file was added, removed or renamed: see
// quickcheck.go), hashes only those whose size or time changed, and then
// either opens the index as it is, re-indexes just the sources that
// changed, or — when the extractor, the mapping or the taxonomy changed, or
// the index cannot be read — builds a new index in a temporary folder and
// renames it into place. The manifest is removed before the index is
// changed or replaced and written once it is done, so an update cut short
// (a full disk, ctrl+c, a kill) is rebuilt, never taken for damage.
package cache

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/filelock"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/themes"
	"github.com/cypx/cypx/internal/thesaurus"
)

// Options say which corpus to open and where its cache lives.
type Options struct {
	// Root is the cache folder ($XDG_CACHE_HOME/cypx); "" keeps the index in
	// memory and builds it every time.
	Root string
	// Name identifies the corpus across runs: "bundled", or its absolute path.
	Name string
	// FS is the corpus folder; Fallback holds the taxonomy used when the
	// corpus has no themes.yaml.
	FS, Fallback fs.FS
	// Dir is the folder FS reads, as the user named it ("" for none):
	// errors about its themes.yaml name the file with it.
	Dir string
	// Progress, when set, is told how indexing advances.
	Progress index.Progress
	// Reading, when set, is told how reading and extracting the sources
	// advances, before indexing starts: in bytes of their bodies.
	Reading pipeline.Progress
	// Warn is told about problems that were worked around (a broken cache).
	Warn func(string)
	// Live, when set, is given the index as soon as there is one, so it can
	// be searched while it is built, and the finished index at the end.
	Live *Live
	// thesaurus normalises figure records while extracting (Open sets it).
	thesaurus *thesaurus.Thesaurus
	// TrustFolders lets a start of a library of quickMinFiles files or
	// more trust its folders' stamps and newest files for quickMaxAge
	// after a full check instead of stat-ing every file (see
	// quickcheck.go): a file rewritten in place may be missed for that
	// long, so it is asked for (cypx config set start_check folders).
	TrustFolders bool
	// Rebuild builds the index again even if the cache looks current: for
	// an index that reads found damaged while open (index.ErrDamaged).
	// Release the damaged index first (Live.Release, or Close).
	Rebuild bool
	// Watch, when set, is told of the temporary folder a full build works
	// in as it starts, and the func it returns is called when the build
	// ends, whichever way: a fault on a file of it cut short under the
	// build (SIGBUS, on a goroutine of bleve's own, which no recover
	// reaches) ends the process, and only something outside it can say
	// so and remove the folder (cmd/cypx's watchBuild).
	Watch func(dir string) (done func())
}

// Catalog is what is known about an opened corpus without reading its items.
type Catalog struct {
	Sources  []evidence.Source
	Taxonomy *themes.Taxonomy
	// Thesaurus is the bundled thesaurus widened by the corpus's own.
	Thesaurus *thesaurus.Thesaurus
	Problems  []corpus.Problem
	Items     int
	Kinds     map[evidence.Kind]int
	// Rebuilt says how the index was got: "opened", "updated N sources",
	// "built" or "in memory".
	Rebuilt string
}

// manifest is the record of what an index holds. It is a sorted list
// rather than maps: a start at 2,000 sources decodes it in a third of the
// time, and the catalog is read off it in order.
type manifest struct {
	Version    string
	ThemesHash string
	Entries    []entry // one per file, sorted by file
	Problems   []corpus.Problem
	// legacy says it was read from the layout before (gob), to be
	// written again in this one.
	legacy bool
}

// entry is one source file: its state, and the source and item counts it gave.
type entry struct {
	File   string
	State  fileState
	Source *evidence.Source // nil when the file gave no source
	Kinds  []kindCount
}

type kindCount struct {
	Kind evidence.Kind
	N    int
}

// find returns the file's entry, or nil.
func (m *manifest) find(file string) *entry {
	i, ok := sort.Find(len(m.Entries), func(i int) int { return strings.Compare(file, m.Entries[i].File) })
	if !ok {
		return nil
	}
	return &m.Entries[i]
}

// newManifest records the files' states and what was extracted from them.
func newManifest(states map[string]fileState, sources map[string]evidence.Source, kinds map[string]map[evidence.Kind]int, problems []corpus.Problem) *manifest {
	m := &manifest{Version: index.Version, Problems: problems}
	files := make([]string, 0, len(states))
	for f := range states {
		files = append(files, f)
	}
	for f := range sources {
		if _, ok := states[f]; !ok {
			files = append(files, f)
		}
	}
	sort.Strings(files)
	m.Entries = make([]entry, len(files))
	for i, f := range files {
		e := entry{File: f, State: states[f]}
		if s, ok := sources[f]; ok {
			e.Source = &s
		}
		for _, k := range evidence.Kinds {
			if n := kinds[f][k]; n > 0 {
				e.Kinds = append(e.Kinds, kindCount{k, n})
			}
		}
		m.Entries[i] = e
	}
	return m
}

type fileState struct {
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mtime"`
	Hash    string    `json:"hash"`
}

// Open returns the corpus's index and catalog, building or updating the
// cached index as needed. The index reads queries with the corpus's themes
// and thesaurus.
func Open(ctx context.Context, o Options) (*index.Index, *Catalog, error) {
	th, thProblems := pipeline.LoadThesaurus(o.FS, o.Fallback)
	o.Live.setThesaurus(th)
	o.thesaurus = th
	ix, cat, err := open(ctx, o)
	if err != nil {
		return nil, nil, err
	}
	cat.Thesaurus = th
	cat.Problems = slices.Concat(cat.Problems, thProblems, pipeline.TaxonomyProblems(cat.Taxonomy))
	v := index.Vocabulary{Themes: cat.Taxonomy.IDs(), Thesaurus: th}
	ix.SetVocabulary(v)
	o.Live.setVocabulary(v)
	return ix, cat, nil
}

// lockWaitSaid is how long a command waits for the cache's lock before it
// says it is waiting: issue 15's two seconds, past which a wait is shown.
const lockWaitSaid = 2 * time.Second

// open finds, updates or builds the index.
func open(ctx context.Context, o Options) (*index.Index, *Catalog, error) {
	if o.Root == "" {
		tax, _, err := pipeline.LoadTaxonomyIn(o.Dir, o.FS, o.Fallback)
		if err != nil {
			return nil, nil, err
		}
		files, err := pipeline.ListFiles(o.FS)
		if err != nil {
			return nil, nil, err
		}
		return buildInMemory(ctx, o, tax, files)
	}
	dir := filepath.Join(o.Root, "index-"+shortHash(o.Name))
	idxPath := filepath.Join(dir, "index")
	var unusable string
	if err := atomicfile.MkdirAll(dir); err != nil {
		// Said as what stands in the way: "mkdir …/cache: file exists"
		// was a link to a folder that is gone.
		unusable = fmt.Sprintf("cannot use the cache folder (%v): indexing in memory", err)
	} else if err := ownFolder(dir); err != nil {
		unusable = fmt.Sprintf("cannot use the cache folder (%v): indexing in memory", err)
	} else if cleared, err := clearPlanted(o, dir); err != nil {
		unusable = fmt.Sprintf("cannot use the cache folder (%v): indexing in memory", err)
	} else if unlock, err := filelock.LockSaying(filepath.Join(dir, "lock"), lockWaitSaid, func() {
		o.warn("waiting for another cypx that is indexing this corpus (or holds its index open to update it, as an explorer does); this one answers once it is done")
	}); err != nil {
		unusable = fmt.Sprintf("cannot lock the cache (%v): indexing in memory", err)
	} else {
		defer unlock()
		removeLeftovers(dir)
		// The warning that removed the index said why it is rebuilt.
		o.Rebuild = o.Rebuild || cleared
	}
	w := openWarm(o, idxPath, dir, unusable == "")
	if w.taxErr != nil || w.filesErr != nil {
		w.close()
		return nil, nil, errors.Join(w.taxErr, w.filesErr)
	}
	// Records are normalised with the thesaurus's forms, so a change to
	// its terms re-extracts the corpus as a change of taxonomy does.
	tax, themesHash, files := w.tax, w.themesHash+"+"+o.thesaurus.Digest(), w.files
	if unusable != "" {
		o.warn(unusable)
		return buildInMemory(ctx, o, tax, files)
	}
	// An index another process holds open to write past the wait (a build
	// or an update not finished, or a process stopped without letting go
	// of its lock) is that process's: rebuilt here, it was replaced under
	// it, after a warning that said to close it or try again. It is left
	// alone and the answer comes from memory.
	var held *index.HeldError
	if errors.As(w.ixErr, &held) {
		w.close()
		o.warn(fmt.Sprintf("the cached index could not be opened (%v): indexing in memory, the cache left as it is", w.ixErr))
		return buildInMemory(ctx, o, tax, files)
	}

	old := w.old
	if w.ixErr == nil && old != nil {
		// A segment cut short before the index was opened makes bleve
		// fall back to an older snapshot, or none, without an error:
		// the count tells.
		if n, err := w.ix.Count(); err != nil || n != old.items() {
			w.close()
			w.ixErr = fmt.Errorf("%w: it holds %d items, its manifest %d", index.ErrDamaged, n, old.items())
		}
	}
	// forced is a rebuild the caller asked for: it has said why already,
	// so the rebuild adds no second warning, also when the damage now stops
	// the index from opening at all.
	forced := o.Rebuild
	if forced && w.ixErr == nil {
		w.close()
		w.ixErr = fmt.Errorf("%w while in use", index.ErrDamaged)
	}
	current := old != nil && old.Version == index.Version && old.ThemesHash == themesHash
	if w.quick {
		if current && w.ixErr == nil && embeddedUnchanged(o.FS, old) {
			o.Live.set(w.ix)
			return w.ix, old.catalog(tax, "opened"), nil
		}
		// Only an index opened as it is takes the record's word: what
		// is built or updated is built from a full check.
		w.fullAgain(o.FS)
		if w.filesErr != nil {
			w.close()
			return nil, nil, w.filesErr
		}
		files = w.files
	}
	states := hashChanged(o.FS, files, w.stats, old)
	// why says what made a rebuild necessary; it is said as the rebuild
	// starts, before its first progress line, so the user reads why before
	// what (it was said once the rebuild had worked, after its progress
	// lines: hostile check 49).
	var why string
	if current {
		changed, removed := diff(old, files, states)
		if len(changed) == 0 && len(removed) == 0 {
			if w.ixErr == nil {
				if old.legacy {
					// Written once in the new layout; if it cannot be,
					// the old one is read again next time.
					writeManifest(dir, old)
				}
				recordCheck(o, dir, w.check, files, states)
				o.Live.set(w.ix)
				return w.ix, old.catalog(tax, "opened"), nil
			}
			if !forced {
				why = fmt.Sprintf("the cached index could not be opened (%v)", w.ixErr)
			}
		} else if w.ixErr != nil && errors.Is(w.ixErr, index.ErrDamaged) {
			// A damaged index is not updated in place: bleve's merges
			// would read the damage on goroutines no recover reaches.
			if !forced {
				why = fmt.Sprintf("the cached index is damaged (%v)", w.ixErr)
			}
		} else {
			w.close()
			err := dropManifest(dir)
			var ix *index.Index
			var m *manifest
			if err == nil {
				ix, m, err = update(ctx, o, idxPath, old, stateMap(files, states), changed, removed, tax)
			}
			if err == nil {
				m.ThemesHash = themesHash
				if err = writeManifest(dir, m); err == nil {
					recordCheck(o, dir, w.check, files, states)
					return ix, m.catalog(tax, updatedSources(len(changed)+len(removed))), nil
				}
				ix.Close()
			}
			if ctx.Err() != nil {
				return nil, nil, ctx.Err()
			}
			if !errors.Is(err, errSharedID) && !errors.Is(err, errAboutDates) {
				why = fmt.Sprintf("the cached index could not be updated (%v)", err)
			}
			// Two sources claiming one id, or coverage dated before
			// its work, now or when the index was built, are settled
			// by the full build, quietly: the load says the problem,
			// where there still is one.
			// Before (hostile check 70 G10), the run after the
			// duplicate was removed still warned "two sources claim one
			// id", of a library where none did.
		}
	} else if old != nil {
		why = "the cached index was built by another version of cypx or another taxonomy"
	} else if w.oldErr != nil && !errors.Is(w.oldErr, fs.ErrNotExist) && !forced {
		why = fmt.Sprintf("the cached index's manifest cannot be read (%v)", w.oldErr)
	}
	w.close()
	if why != "" {
		o.warn(why + ": rebuilding")
	}
	ix, m, err := rebuild(ctx, o, dir, tax, files, stateMap(files, states))
	if err == nil {
		m.ThemesHash = themesHash
		if err = writeManifest(dir, m); err != nil {
			o.Live.set(nil)
			ix.Close()
		} else {
			recordCheck(o, dir, w.check, files, states)
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		// A full disk (or a quota, or a folder gone read-only) is met
		// only once bleve writes, and bleve reports it as text: whatever
		// stopped the cache from being written, search in memory, as when
		// the cache folder cannot be made at all.
		o.warn(fmt.Sprintf("the cache cannot be written (%v): indexing in memory", err))
		return buildInMemory(ctx, o, tax, files)
	}
	return ix, m.catalog(tax, "built"), nil
}

// ownFolder refuses an index folder that is not a folder of its own: a
// symbolic link planted at index-HASH (MkdirAll accepts a link to a folder)
// led the lock, the manifest and the index outside the cache, and a
// rebuild there renamed the index/ folder it found aside and deleted it,
// with whatever of the user's it held. The cache folder itself may be a
// link (a user's choice of disk); the folders cypx makes inside it are
// its own.
func ownFolder(dir string) error {
	info, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("%s is a link or a file, not a folder of cypx's own", dir)
	}
	return nil
}

// clearPlanted removes what stands where the cache keeps its lock file,
// its manifest, its index folder or the files the index keeps beside
// bleve's (index.SideFiles: the facet table, the record of checked
// segments) when it is not what cypx puts there: a folder, a FIFO or a
// device where a plain file goes, a symbolic link where either goes (a
// file where the index goes is damage, rebuilt as ever). Each made every
// run index in memory, or fail to write, for good (a folder where a side
// file goes: its table never saved, counted again at every start). The
// folder is cypx's own (ownFolder has checked it), so nothing there is
// the user's, and a link is removed itself, never what it leads to. Each
// removal is one warning; the index is rebuilt where it was touched, as
// for any damage, which cleared reports.
func clearPlanted(o Options, dir string) (cleared bool, err error) {
	names := []string{"lock", manifestFile, checkFile, "index"}
	// After the index folder: a link there is gone before anything is
	// looked up through it.
	for _, f := range index.SideFiles {
		names = append(names, filepath.Join("index", f.Name))
	}
	for _, name := range names {
		path := filepath.Join(dir, name)
		info, err := os.Lstat(path)
		if err != nil {
			continue
		}
		what := notOwn(info, name == "index")
		if what == "" || name == "index" && info.Mode()&fs.ModeSymlink == 0 {
			// A file where the index goes is damage of the usual kind:
			// the rebuild says so.
			continue
		}
		if err := os.RemoveAll(path); err != nil {
			return cleared, fmt.Errorf("%s is %s and cannot be removed: %w", path, what, err)
		}
		o.warn(fmt.Sprintf("removed %s found in the cache where %s goes (%s)", what, cacheRole(name), path))
		cleared = cleared || name == "index"
	}
	return cleared, nil
}

// notOwn names what info describes when it is not what cypx keeps there (a
// folder when dir is true, else a plain file), and is "" when it is.
func notOwn(info fs.FileInfo, dir bool) string {
	mode := info.Mode()
	switch {
	case mode&fs.ModeSymlink != 0:
		return "a symbolic link"
	case dir && mode.IsDir(), !dir && mode.IsRegular():
		return ""
	case mode.IsDir():
		return "a folder"
	case mode&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	default:
		return "a file"
	}
}

// cacheRole says what a name in the cache folder is for, for a warning.
func cacheRole(name string) string {
	switch name {
	case "lock":
		return "its lock file"
	case "index":
		return "its index folder"
	case checkFile:
		return "its record of the last check of the sources"
	}
	for _, f := range index.SideFiles {
		if name == filepath.Join("index", f.Name) {
			return f.Role
		}
	}
	return "its manifest"
}

// removeLeftovers deletes the temporary folders of builds that were killed
// before they could clean up (at 100,000 items, 120 to 250 MB each). Builds happen
// only under the lock, which the caller holds, so any found are dead.
func removeLeftovers(dir string) {
	// Listed, not matched as a pattern: the cache folder may be named
	// "Jo [work]".
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), BuildingPrefix) {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

// warm is what a start reads before it knows whether the cached index is
// current: the taxonomy, the files' sizes and times, the manifest, and the
// index itself, opened in hope. They are independent, so they are read at
// once (a start at 100,000 items took 24 ms one after another).
type warm struct {
	tax              *themes.Taxonomy
	themesHash       string
	taxErr, filesErr error
	files            []string
	stats            []fileState // each file's, at its index in files
	old              *manifest
	oldErr           error
	ix               *index.Index
	ixErr            error
	// quick says the record of the last full check vouched for the
	// manifest, so the files were neither listed nor stat-ed (files and
	// stats are empty); check is the full check's stamp otherwise.
	quick bool
	check fullCheck
}

func openWarm(o Options, idxPath, dir string, cached bool) *warm {
	w := &warm{}
	var wg sync.WaitGroup
	wg.Go(func() { w.tax, w.themesHash, w.taxErr = pipeline.LoadTaxonomyIn(o.Dir, o.FS, o.Fallback) })
	wg.Go(func() {
		if cached && !o.Rebuild && o.TrustFolders && quickCheck(o.FS, dir) {
			w.quick = true
			return
		}
		w.listAndStat(o.FS, o.TrustFolders)
	})
	if cached {
		wg.Go(func() { w.old, w.oldErr = readManifest(dir) })
		wg.Go(func() {
			if err := manifestExists(dir); err != nil {
				w.ixErr = err // nothing built yet: do not create an empty index
				return
			}
			w.ix, w.ixErr = index.Open(idxPath, true)
		})
	}
	wg.Wait()
	if w.quick && w.old == nil {
		// Vouched for, but unreadable after all: look at every file.
		w.fullAgain(o.FS)
	}
	return w
}

// listAndStat is the full check: every file listed and stat-ed, the
// folders stamped first when a record of the check is to vouch for them
// (stamp: Options.TrustFolders).
func (w *warm) listAndStat(fsys fs.FS, stamp bool) {
	if stamp {
		w.check = startFullCheck(fsys)
	}
	if files, stats, ok := listAndStatFolders(fsys); ok {
		w.files, w.stats = files, stats
		return
	}
	if w.files, w.filesErr = pipeline.ListFiles(fsys); w.filesErr == nil {
		w.stats = statFiles(fsys, w.files)
	}
}

// fullAgain does the full check a quick one spared, for an index that is
// to be updated or rebuilt: that is done from a full check only.
func (w *warm) fullAgain(fsys fs.FS) {
	if w.quick {
		w.quick = false
		w.listAndStat(fsys, true)
	}
}

// close releases the index opened in hope, when it is not used.
func (w *warm) close() {
	if w.ix != nil {
		w.ix.Close()
		w.ix = nil
	}
}

// updatedSources says how many sources an update re-indexed.
func updatedSources(n int) string {
	if n == 1 {
		return "updated 1 source"
	}
	return fmt.Sprintf("updated %d sources", n)
}

func (o Options) warn(msg string) {
	if o.Warn != nil {
		o.Warn(msg)
	}
}

// items is how many items the index holds by the manifest.
func (m *manifest) items() int {
	n := 0
	for _, e := range m.Entries {
		for _, k := range e.Kinds {
			n += k.N
		}
	}
	return n
}

func (m *manifest) catalog(tax *themes.Taxonomy, how string) *Catalog {
	c := &Catalog{Taxonomy: tax, Problems: m.Problems, Kinds: map[evidence.Kind]int{}, Rebuilt: how}
	c.Sources = make([]evidence.Source, 0, len(m.Entries))
	for _, e := range m.Entries {
		if e.Source == nil {
			continue
		}
		c.Sources = append(c.Sources, *e.Source)
		for _, k := range e.Kinds {
			c.Kinds[k.Kind] += k.N
			c.Items += k.N
		}
	}
	return c
}

// statFiles stats every file: size and modification time, or why not. The
// stats run on every core: at 2,000 sources they were a start's longest wait.
func statFiles(fsys fs.FS, files []string) []fileState {
	states := make([]fileState, len(files))
	pipeline.Parallel(len(files), func(i int) { states[i] = statFile(fsys, files[i]) })
	return states
}

// statFile is one file's size and modification time through fs.FS, or why
// it has none.
func statFile(fsys fs.FS, file string) fileState {
	info, err := fs.Stat(fsys, file)
	if err != nil {
		return fileState{Hash: "unreadable: " + err.Error()}
	}
	return fileState{Size: info.Size(), ModTime: info.ModTime().UTC()}
}

// stateMap is the states by file, for an update or a rebuild: an unchanged
// library, every start's case, is compared without one.
func stateMap(files []string, states []fileState) map[string]fileState {
	out := make(map[string]fileState, len(files))
	for i, f := range files {
		out[f] = states[i]
	}
	return out
}

// entryWalk finds files' entries in the manifest's sorted entries by
// walking them beside the files, which come in the same order (a binary
// search a file took a tenth of a start's check at 20,000 files).
type entryWalk struct {
	entries []entry
	next    int
}

// find returns the file's entry, or nil; files are asked for in order.
func (w *entryWalk) find(file string) *entry {
	for w.next < len(w.entries) && w.entries[w.next].File < file {
		w.next++
	}
	if w.next < len(w.entries) && w.entries[w.next].File == file {
		return &w.entries[w.next]
	}
	return nil
}

// hashChanged completes the states of the sorted files with content
// hashes, reusing the manifest's where the size and modification time are
// unchanged (embedded files, whose time is zero, are always hashed: they
// are few and small).
func hashChanged(fsys fs.FS, files []string, states []fileState, old *manifest) []fileState {
	var walk entryWalk
	if old != nil {
		walk.entries = old.Entries
	}
	for i, f := range files {
		st := &states[i]
		if st.Hash != "" {
			continue // unreadable
		}
		if !st.ModTime.IsZero() {
			if prev := walk.find(f); prev != nil && prev.State.Size == st.Size && prev.State.ModTime.Equal(st.ModTime) {
				st.Hash = prev.State.Hash
				continue
			}
		}
		// Read as the loader reads a source: a FIFO, a device, a link out
		// of the folder or a file over the size limit is refused before
		// a byte is read. fs.ReadFile here read a link to /dev/zero until
		// memory ran out, and waited for ever on a FIFO, on every start,
		// before the loader could say "not read".
		data, err := corpus.ReadSource(fsys, f)
		if err != nil {
			st.Hash = "unreadable: " + err.Error()
		} else {
			st.Hash = hashBytes(data)
		}
	}
	return states
}

// diff lists the files added or changed, and those removed, since the
// manifest, in order: the sorted files and the manifest's sorted entries
// are walked side by side.
func diff(old *manifest, files []string, states []fileState) (changed, removed []string) {
	entries := old.Entries
	i, j := 0, 0
	for i < len(files) || j < len(entries) {
		switch {
		case j == len(entries) || i < len(files) && files[i] < entries[j].File:
			changed = append(changed, files[i])
			i++
		case i == len(files) || entries[j].File < files[i]:
			if entries[j].State != (fileState{}) {
				removed = append(removed, entries[j].File)
			}
			j++
		default:
			if entries[j].State.Hash != states[i].Hash {
				changed = append(changed, files[i])
			}
			i++
			j++
		}
	}
	return changed, removed
}

func hashBytes(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:12])
}

func shortHash(s string) string { return hashBytes([]byte(s))[:16] }
