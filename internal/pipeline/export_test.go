package pipeline

import "github.com/cypx/cypx/internal/corpus"

// SetExtractFault sets the hook called before each source's extraction,
// for tests to stand in for a fault in the extractor; nil removes it.
func SetExtractFault(f func(corpus.Document)) { extractFault = f }

// SetStreamBytes sets the body size from which Stream gives a source in
// parts, for tests of a small source; it returns the size it replaced.
func SetStreamBytes(n int) int {
	old := streamBytes
	streamBytes = n
	return old
}

// StreamItems is how many items of a large source Stream gives at once.
const StreamItems = streamItems

// SetWindowBytes sets the body text extraction may run ahead past the
// window's few sources; it returns the size it replaced.
func SetWindowBytes(n int) int {
	old := windowBytes
	windowBytes = n
	return old
}
