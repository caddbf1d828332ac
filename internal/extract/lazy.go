package extract

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled on first use: a start that only
// searches the cached index never extracts, and compiling the extractor's
// patterns cost every start 2.3 ms.
type lazyRE struct {
	once    sync.Once
	pattern string
	re      *regexp.Regexp
}

func lazyRegexp(pattern string) *lazyRE { return &lazyRE{pattern: pattern} }

func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pattern) })
	return l.re
}
