package pipeline

import "github.com/cypx/cypx/internal/corpus"

// SetExtractFault sets the hook called before each source's extraction,
// for tests to stand in for a fault in the extractor; nil removes it.
func SetExtractFault(f func(corpus.Document)) { extractFault = f }
