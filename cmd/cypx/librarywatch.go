package main

import (
	"context"
	"sync"
	"time"

	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/library"
	"github.com/cypx/cypx/internal/tui"
)

// libraryWatch is the explorer's searcher: the live index, and the
// library's sources folder as it was when that index was opened. Every
// read (a search, a resolution, which asks Check first) and the
// explorer's look twice a second (LookAtLibrary) stat the folder once,
// whatever the number of its files, and meet tui.LibraryChangedError
// once another cypx has added, removed or replaced a source: the
// explorer then opens the index again (cache.Open, as 'cypx basket list'
// does), so the explorer and 'basket list' resolve the basket against
// the same library by the same resolver. Before (hostile check 70 G11),
// the open explorer read the index it opened until some other command
// rebuilt the cache: a removed report's finding was copied and exported,
// and an added one not found.
type libraryWatch struct {
	*cache.Live
	// dir is the corpus folder whose sources folder is watched (the
	// library's, or --corpus DIR); "" watches nothing.
	dir string
	mu  sync.Mutex
	// opened is the folder's stamp when the index searched now was
	// opened, "" while one is being opened; racy says the folder had
	// changed just before (library.SourcesStamp), so the stamp cannot
	// vouch for a second change made in the same tick of the clock.
	opened string
	racy   bool
	// changed is the change found since, one error for every read until
	// the index is opened again (a late reply is told by it).
	changed error
	// now is the clock (tests move it).
	now func() time.Time
}

func newLibraryWatch(live *cache.Live, dir string) *libraryWatch {
	return &libraryWatch{Live: live, dir: dir, now: time.Now}
}

// opening stamps the folder before the index is opened (a change made
// while it is opened is then a change of stamp) and stops the looks until
// opened says the index is open.
func (w *libraryWatch) opening() (stamp string, racy bool) {
	if w == nil || w.dir == "" {
		return "", false
	}
	stamp, racy = library.SourcesStamp(w.dir, w.now())
	w.mu.Lock()
	w.opened, w.changed = "", nil
	w.mu.Unlock()
	return stamp, racy
}

// opened says the index is open, opened from the folder as stamp says.
func (w *libraryWatch) openedAt(stamp string, racy bool) {
	if w == nil || w.dir == "" {
		return
	}
	w.mu.Lock()
	w.opened, w.racy, w.changed = stamp, racy, nil
	w.mu.Unlock()
}

// LookAtLibrary says whether the library changed since the index was
// opened: nil while its sources folder's stamp is the one it was opened
// from, and tui.LibraryChangedError once it is not, or once a stamp taken
// just after a change (racy) is old enough to be taken again: one more
// opening, which finds nothing to update when nothing more changed.
func (w *libraryWatch) LookAtLibrary() error {
	if w == nil || w.dir == "" {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.changed != nil || w.opened == "" {
		return w.changed
	}
	stamp, recent := library.SourcesStamp(w.dir, w.now())
	if stamp == w.opened && (!w.racy || recent) {
		return nil
	}
	w.changed = &tui.LibraryChangedError{Stamp: stamp}
	return w.changed
}

// Check is the index's Check, then the library's.
func (w *libraryWatch) Check() error {
	if err := w.Live.Check(); err != nil {
		return err
	}
	return w.LookAtLibrary()
}

// Search searches the index opened from the library as it is.
func (w *libraryWatch) Search(ctx context.Context, r index.Request) (index.Result, error) {
	if err := w.LookAtLibrary(); err != nil {
		return index.Result{}, err
	}
	return w.Live.Search(ctx, r)
}

// TermWeights asks the index opened from the library as it is.
func (w *libraryWatch) TermWeights(ctx context.Context, text string) (map[string]float64, error) {
	if err := w.LookAtLibrary(); err != nil {
		return nil, err
	}
	return w.Live.TermWeights(ctx, text)
}

// watchedFolder is the corpus folder whose sources the explorer watches:
// --corpus DIR, else the user's library (made or not), else "" (no home).
func (a *app) watchedFolder() string {
	if a.corpusDir != "" {
		return a.corpusDir
	}
	l, err := a.library()
	if err != nil {
		return ""
	}
	return l.Dir
}
