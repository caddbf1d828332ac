package main

import (
	"os"
	"runtime/debug"

	"github.com/cypx/cypx/internal/cache"
)

// limitMemory applies cache.MemoryLimit to the whole process (the
// explorer's and every command's builds run under it too) unless the
// environment sets its own (GOMEMLIMIT).
func limitMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(cache.MemoryLimit)
	}
}
