// Package lazyre holds regular expressions compiled on first use.
//
// The importers and the measure reader hold a few hundred patterns at
// package level. Compiled when the program starts, they cost every start
// tens of milliseconds and megabytes of allocations, though most commands
// (a search of the cached index, the explorer's first frame) never import
// or read a measure; and the explorer starts two processes (its watcher
// and itself), so it paid twice. A Regexp is compiled by the first call
// that needs it, once, safely from any goroutine.
package lazyre

import (
	"fmt"
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use. Its methods are
// those of regexp.Regexp the project calls; Get gives the compiled one.
type Regexp struct {
	once    sync.Once
	pattern string
	re      *regexp.Regexp
}

// made are the expressions New has returned, for CompileAll.
var made struct {
	sync.Mutex
	all []*Regexp
}

// New returns pattern, to be compiled on first use. A pattern that does
// not compile panics there, as regexp.MustCompile would at start: a test
// of the program calls CompileAll, so no such pattern is ever released.
func New(pattern string) *Regexp {
	l := &Regexp{pattern: pattern}
	made.Lock()
	made.all = append(made.all, l)
	made.Unlock()
	return l
}

// CompileAll compiles every expression made so far (in a program, all of
// its package-level ones) and reports how many compiled; it stops at the
// first that does not, naming its whole pattern (regexp's error quotes
// only the part it could not parse, which may be in any of hundreds).
func CompileAll() (int, error) {
	made.Lock()
	all := append([]*Regexp(nil), made.all...)
	made.Unlock()
	for i, l := range all {
		if _, err := regexp.Compile(l.pattern); err != nil {
			return i, fmt.Errorf("pattern %q: %w", l.pattern, err)
		}
	}
	return len(all), nil
}

// Get compiles the pattern (once) and returns it.
func (l *Regexp) Get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pattern) })
	return l.re
}

// String returns the pattern's source text.
func (l *Regexp) String() string { return l.pattern }

// MatchString is regexp.Regexp.MatchString.
func (l *Regexp) MatchString(s string) bool { return l.Get().MatchString(s) }

// FindString is regexp.Regexp.FindString.
func (l *Regexp) FindString(s string) string { return l.Get().FindString(s) }

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (l *Regexp) FindStringIndex(s string) []int { return l.Get().FindStringIndex(s) }

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (l *Regexp) FindStringSubmatch(s string) []string { return l.Get().FindStringSubmatch(s) }

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (l *Regexp) FindStringSubmatchIndex(s string) []int {
	return l.Get().FindStringSubmatchIndex(s)
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (l *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return l.Get().FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (l *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.Get().FindAllStringSubmatch(s, n)
}

// FindAllString is regexp.Regexp.FindAllString.
func (l *Regexp) FindAllString(s string, n int) []string { return l.Get().FindAllString(s, n) }

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (l *Regexp) ReplaceAllString(src, repl string) string {
	return l.Get().ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc is regexp.Regexp.ReplaceAllStringFunc.
func (l *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.Get().ReplaceAllStringFunc(src, repl)
}

// Split is regexp.Regexp.Split.
func (l *Regexp) Split(s string, n int) []string { return l.Get().Split(s, n) }

// SubexpIndex is regexp.Regexp.SubexpIndex.
func (l *Regexp) SubexpIndex(name string) int { return l.Get().SubexpIndex(name) }
