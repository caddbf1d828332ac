package main

import (
	"os"
	"runtime/debug"
)

// memoryLimit is the heap size at which Go's garbage collector starts to
// work harder to stay under it. By default the heap may grow to twice what
// is live before a collection; indexing 200,000 paragraphs (about 250 MB
// live) then peaked at 880 MB. The limit is soft: a larger live heap is
// never refused, only collected more often. GOMEMLIMIT, when set, wins.
const memoryLimit = 320 << 20

// limitMemory applies memoryLimit unless the environment sets its own.
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}
