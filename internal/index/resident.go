package index

import (
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// A build's peak memory is its segment files as much as Go's heap. bleve
// reads segments through mmap, and every page of a file the process has
// read stays in its resident memory until the file is unmapped: the final
// merge of a build reads every segment whole, so a 24 MB page or 200,000
// paragraphs (330-360 MB of segment files) took the build's peak past
// 500 MB with Go's heap under 220 MB. Those pages are the file's, shared
// with the system's cache: dropped from the process, a later read maps
// them again from the cache (a minor fault, no disk read), and the kernel
// keeps them cached if it has room.

// mappedEvery is how often a bound on mapped pages looks at the process's
// resident file pages: a merge reads some megabytes between two looks.
// (A variable for tests, which look far more often.)
var mappedEvery = 100 * time.Millisecond

// mappedBound is a running bound on the pages of segment files the process
// holds (see BoundMapped).
type mappedBound struct {
	stopOnce sync.Once
	stop     chan struct{}
	done     chan struct{}
}

// BoundMapped keeps the pages of the index's segment files that the
// process holds resident under about limit bytes of file pages (the
// program's own code counts too), until Close: every mappedEvery it looks
// at the process's resident file pages and, when they pass limit, gives
// back the pages of every segment file (see releaseMapped). It is for a
// build, which reads most of its segments once (the merges) and would
// otherwise keep them all; searches read them back as they need them.
// Where the process's resident file pages cannot be read (not Linux), it
// does nothing. Called once; a second call does nothing.
func (ix *Index) BoundMapped(limit int64) {
	if ix.path == "" || !residentKnown {
		return // in memory, no file is mapped
	}
	b := &mappedBound{stop: make(chan struct{}), done: make(chan struct{})}
	ix.bmu.Lock()
	defer ix.bmu.Unlock()
	if ix.bound != nil {
		return
	}
	ix.bound = b
	go func() {
		defer close(b.done)
		t := time.NewTicker(mappedEvery)
		defer t.Stop()
		for {
			select {
			case <-b.stop:
				return
			case <-t.C:
			}
			if residentFilePages() > limit {
				ix.releaseMapped()
			}
		}
	}()
}

// stopBound ends BoundMapped's watch, waiting for it, before the index
// closes.
func (ix *Index) stopBound() {
	ix.bmu.Lock()
	b := ix.bound
	ix.bmu.Unlock()
	if b == nil {
		return
	}
	b.stopOnce.Do(func() { close(b.stop) })
	<-b.done
}

// releaseMapped gives back the process's resident pages of every segment
// file of the index's current snapshot, and says how many bytes of
// mappings it went over. The snapshot is held meanwhile, so no segment is
// unmapped (and its addresses reused) while the kernel is asked. A merge
// under way reads segments of that snapshot: it maps again what it reads
// next.
func (ix *Index) releaseMapped() (n int64) {
	r, err := ix.reader()
	if err != nil {
		return 0
	}
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return 0
	}
	for _, seg := range snap.Segments() {
		// Only a segment read from its file has Data: one still in
		// memory (Go's heap) must never be given back this way.
		mapped, ok := seg.Segment().(interface{ Data() []byte })
		if !ok {
			continue
		}
		data := mapped.Data()
		release(data)
		n += int64(len(data))
	}
	return n
}
