//go:build !linux

package index

// populate does nothing where there is no MADV_POPULATE_READ: the reads
// map the pages.
func populate([]byte) {}
