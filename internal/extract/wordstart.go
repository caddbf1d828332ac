package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/cypx/cypx/internal/lazyre"
)

// wordStartRe is a pattern every match of which opens a word (after \b)
// with one of a few bytes: a digit, or the first letter of a number word.
// Go's regexp tries a pattern at every byte of its text, and one that
// spells out many numbers is run by its slower matcher over a long
// paragraph (some 300µs a paragraph); this is tried, anchored, only where
// a word opens with one of those bytes, and finds the same matches.
type wordStartRe struct {
	re       *lazyre.Regexp
	starts   string
	anchored func() *regexp.Regexp
}

// newWordStartRe is re tried at the words opening with a byte of starts:
// every match of re must begin with \b and then one of them.
func newWordStartRe(re *lazyre.Regexp, starts string) *wordStartRe {
	w := &wordStartRe{re: re, starts: starts, anchored: sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:` + re.String() + `)`)
	})}
	wordStartRes = append(wordStartRes, w)
	return w
}

// wordStartRes are the patterns newWordStartRe has made, for their test.
var wordStartRes []*wordStartRe

// FindAllStringIndex is re's FindAllStringIndex(s, -1).
func (w *wordStartRe) FindAllStringIndex(s string) [][]int {
	if mayFoldToWord(s) {
		return w.re.FindAllStringIndex(s, -1)
	}
	return w.findAll(s, w.anchored().FindStringIndex)
}

// FindAllStringSubmatchIndex is re's FindAllStringSubmatchIndex(s, -1).
func (w *wordStartRe) FindAllStringSubmatchIndex(s string) [][]int {
	if mayFoldToWord(s) {
		return w.re.FindAllStringSubmatchIndex(s, -1)
	}
	return w.findAll(s, w.anchored().FindStringSubmatchIndex)
}

// mayFoldToWord reports the long s or the Kelvin sign in s: under (?i)
// they match s and k, and open no word by \b's reckoning, so a match may
// start at one.
func mayFoldToWord(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

// findAll is the matches find makes, anchored, at each word of s opening
// with a byte of w.starts, one after another as regexp's FindAll makes
// them.
func (w *wordStartRe) findAll(s string, find func(string) []int) [][]int {
	var out [][]int
	for p := 0; p < len(s); p++ {
		// At a word's first byte \b holds in s[p:] as it does in s.
		if p > 0 && isWordByte(s[p-1]) || strings.IndexByte(w.starts, s[p]) < 0 {
			continue
		}
		if m := find(s[p:]); m != nil {
			for i := range m {
				if m[i] >= 0 {
					m[i] += p
				}
			}
			out = append(out, m)
			p = max(m[1], p+1) - 1
		}
	}
	return out
}
