// Package buildprogress words what the command line's progress line and
// the explorer's status bar say of an index build, so the two never tell
// different stories of one build.
package buildprogress

import "fmt"

// LastItems is what a build that indexes each source as it is read says
// once every source is read (readDone bytes of readTotal) while the last
// sources' items are still being indexed, items indexed so far: those
// items, and no time left, which the rate of reading cannot tell (a last
// source of a million figures is indexed for minutes after it is read,
// while reading's rate said "0s left"). ok is false while sources are
// still read, when reading's line says how far it is.
func LastItems(readDone, readTotal int64, items int) (line string, ok bool) {
	if readTotal <= 0 || readDone < readTotal {
		return "", false
	}
	return fmt.Sprintf("indexing the last items read: %d items in so far", items), true
}
