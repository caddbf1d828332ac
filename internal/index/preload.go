package index

import (
	"runtime/debug"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Preload reads one byte of every page of the index's segment files, so
// that the first search to reach a part of the library does not wait on
// the page. bleve reads its segments through mmap, and a page the process
// has not touched costs 4-5 µs the first time on this project's machine
// (a virtual one, as a laptop's WSL is), even with the file in the
// operating system's cache; asking the kernel to map the pages first
// (madvise MADV_POPULATE_READ on Linux 5.14 and later) saves a third of
// that. A comparison table (f) on a library just opened reads some 450
// items' stored fields scattered over the segment: at 100,000 items
// (BenchmarkFigureTableFirst, load about 4) a pass of 50 tables took
// 390-450 ms without Preload and 250 ms with it, and a 140 MB segment
// is read ahead in about 90 ms.
//
// It is for a long-lived reader such as the explorer, which calls it in
// the background after opening; a one-shot command reads too little to
// gain. It returns the bytes it went over. The pages are the file's,
// shared with the system's cache: nothing is allocated, and the kernel may
// drop them again under pressure.
func (ix *Index) Preload() (n int64, err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return 0, err
	}
	r, err := ix.reader()
	if err != nil {
		return 0, err
	}
	// The reader holds the snapshot, so no segment is unmapped while the
	// kernel maps it.
	defer r.Close()
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return 0, nil
	}
	for _, seg := range snap.Segments() {
		mapped, ok := seg.Segment().(interface{ Data() []byte })
		if !ok { // a segment still in memory has no file to map
			continue
		}
		data := mapped.Data()
		populate(data)
		var sum byte
		for i := 0; i < len(data); i += pageSize {
			sum += data[i]
		}
		touched.Store(uint32(sum)) // kept, so the reads are not left out
		n += int64(len(data))
	}
	return n, nil
}

// pageSize is the step of Preload's reads: the smallest page of the
// systems Go runs on, so no page is missed where pages are larger.
const pageSize = 4096

// touched holds a sum of the bytes Preload read.
var touched atomic.Uint32
