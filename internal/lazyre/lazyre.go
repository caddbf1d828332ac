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
	"strings"
	"sync"
)

// Regexp is a regular expression compiled on first use. Its methods are
// those of regexp.Regexp the project calls; Get gives the compiled one.
type Regexp struct {
	once    sync.Once
	pattern string
	re      *regexp.Regexp
	// filter passes only texts holding a word every match needs (see
	// needs.go); nil passes every text.
	filter *filter
	// words are the words a match needs, for callers that test a text
	// themselves (see Words), read on first use.
	wordsOnce sync.Once
	words     Words
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

// Get compiles the pattern (once) and returns it. Its methods run the
// expression over every text; Regexp's own first pass over the texts
// that cannot match (see needs.go), with the same answers.
func (l *Regexp) Get() *regexp.Regexp {
	l.once.Do(func() {
		l.re = regexp.MustCompile(l.pattern)
		l.filter = filterOf(l.pattern)
	})
	return l.re
}

// may compiles the pattern (once) and reports whether s may hold a
// match: false only when s lacks every word a match needs.
func (l *Regexp) may(s string) bool {
	l.Get()
	return l.filter.may(s)
}

// String returns the pattern's source text.
func (l *Regexp) String() string { return l.pattern }

// MatchString is regexp.Regexp.MatchString.
func (l *Regexp) MatchString(s string) bool { return l.may(s) && l.re.MatchString(s) }

// FindString is regexp.Regexp.FindString.
func (l *Regexp) FindString(s string) string {
	if !l.may(s) {
		return ""
	}
	return l.re.FindString(s)
}

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (l *Regexp) FindStringIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringIndex(s)
}

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (l *Regexp) FindStringSubmatch(s string) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (l *Regexp) FindStringSubmatchIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatchIndex(s)
}

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (l *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringIndex(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (l *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringSubmatchIndex(s, n)
}

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (l *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringSubmatch(s, n)
}

// FindAllString is regexp.Regexp.FindAllString.
func (l *Regexp) FindAllString(s string, n int) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllString(s, n)
}

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

// All returns every expression New has made, for tests that hold each
// to what regexp answers.
func All() []*Regexp {
	made.Lock()
	defer made.Unlock()
	return append([]*Regexp(nil), made.all...)
}

// Filtered reports whether l tests texts for the words a match needs
// before running (see needs.go), and the words, for tests.
func (l *Regexp) Filtered() (bool, string) {
	l.Get()
	if l.filter == nil {
		return false, ""
	}
	var b strings.Builder
	for j, n := range l.filter.all {
		if j > 0 {
			b.WriteString(" & ")
		}
		for i, w := range n {
			if i > 0 {
				b.WriteByte('|')
			}
			if w.exact {
				fmt.Fprintf(&b, "%q", w.word)
			} else {
				b.WriteString(w.word)
			}
		}
	}
	return true, b.String()
}
