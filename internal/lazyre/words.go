package lazyre

import (
	"regexp/syntax"
	"strconv"
	"strings"
)

// Words are words one of which is in every text a pattern matches, for a
// caller that tests a text itself before a group of patterns or a step
// of work, holding the text's ASCII lower case already (the extractor's
// actors, asks and registration numbers). They are read by the same
// rules as an expression's own first pass (needed, in needs.go). The
// zero Words passes every text.
type Words struct{ n needs }

// NeededWords reads the words pattern needs from its syntax; none (the
// zero Words) when it needs none or cannot be read.
func NeededWords(pattern string) Words {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return Words{}
	}
	return Words{needed(re)}
}

// Words are the words the expression needs, read on first use.
func (l *Regexp) Words() Words {
	l.wordsOnce.Do(func() { l.words = NeededWords(l.pattern) })
	return l.words
}

// In reports whether s, whose ASCII lower case is lower, may hold a
// match: it holds one of the words, or there are none. Under (?i) k and
// s also match the Kelvin sign and the long s, so a text holding either
// may hold anything.
func (w Words) In(s, lower string) bool {
	if w.n == nil || strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f") {
		return true
	}
	for _, n := range w.n {
		if n.exact && strings.Contains(s, n.word) || !n.exact && strings.Contains(lower, n.word) {
			return true
		}
	}
	return false
}

// List is the words, those that match in any case in ASCII lower case.
func (w Words) List() []string {
	out := make([]string, len(w.n))
	for i, n := range w.n {
		out[i] = n.word
	}
	return out
}

// String gives the words, the exact ones in quotes: `"DHSC"|department
// of health`.
func (w Words) String() string {
	var b strings.Builder
	for i, n := range w.n {
		if i > 0 {
			b.WriteByte('|')
		}
		if n.exact {
			b.WriteString(strconv.Quote(n.word))
		} else {
			b.WriteString(n.word)
		}
	}
	return b.String()
}
