package extract

import (
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"

	"github.com/cypx/cypx/internal/lazyre"
)

// needs are the words one of which is in every text a pattern matches;
// nil when the pattern needs none (see neededWords). A pattern made of
// many names runs over every sentence, and Go's regexp tries it at every
// byte: a name it cannot find without one of these words is not looked
// for.
type needs []need

// need is a word a pattern needs: as written when exact, else in ASCII
// lower case, for any case.
type need struct {
	word  string
	exact bool
}

// neededWords reads pattern's needs from its syntax: a literal needs
// itself, a sequence what its most telling part needs, a choice what any
// of its branches needs. A pattern it cannot read needs nothing.
func neededWords(pattern string) needs {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	return needed(re)
}

func needed(re *syntax.Regexp) needs {
	switch re.Op {
	case syntax.OpLiteral:
		s := string(re.Rune)
		if re.Flags&syntax.FoldCase == 0 {
			return needs{{s, true}}
		}
		for _, r := range re.Rune {
			if r >= 0x80 {
				return nil // folds beyond ASCII
			}
		}
		return needs{{asciiLower(s), false}}
	case syntax.OpCapture, syntax.OpPlus:
		return needed(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needed(re.Sub[0])
		}
	case syntax.OpConcat:
		var best needs
		for i, sub := range re.Sub {
			if n := needed(sub); n != nil && n.shortest() > best.shortest() {
				best = n
			}
			// The words a run of parts opens with: "Of(?:sted|com)" needs
			// "Ofsted" or "Ofcom", not just "Of".
			rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[i:]}
			if n, _ := openings(rest); n != nil && n.shortest() > best.shortest() {
				best = n
			}
		}
		return best
	case syntax.OpAlternate:
		var all needs
		for _, sub := range re.Sub {
			n := needed(sub)
			if n == nil {
				return nil
			}
			all = append(all, n...)
		}
		return all
	}
	return nil
}

// openings are the words one of which every match of re opens with, and
// whether each is a whole match; nil when re may open with anything.
func openings(re *syntax.Regexp) (needs, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		n := needed(re)
		return n, n != nil
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return needs{{"", true}}, true // a match of no text
	case syntax.OpCapture:
		return openings(re.Sub[0])
	case syntax.OpPlus:
		n, _ := openings(re.Sub[0])
		return n, false
	case syntax.OpRepeat:
		if re.Min >= 1 {
			n, _ := openings(re.Sub[0])
			return n, false
		}
	case syntax.OpAlternate:
		var all needs
		whole := true
		for _, sub := range re.Sub {
			n, w := openings(sub)
			if n == nil {
				return nil, false
			}
			all, whole = append(all, n...), whole && w
		}
		return all, whole
	case syntax.OpConcat:
		out := needs{{"", true}}
		for _, sub := range re.Sub {
			n, w := openings(sub)
			if n == nil || len(out)*len(n) > 64 {
				return out.orNil(), false
			}
			var next needs
			for _, a := range out {
				for _, b := range n {
					if a.exact && b.exact {
						next = append(next, need{a.word + b.word, true})
					} else {
						next = append(next, need{asciiLower(a.word + b.word), false})
					}
				}
			}
			if out = next; !w {
				return out, false
			}
		}
		return out, true
	}
	return nil, false
}

// orNil is n, or nil when it holds no word but the empty one.
func (n needs) orNil() needs {
	if n.shortest() == 0 {
		return nil
	}
	return n
}

// shortest is the length of n's shortest word; 0 for no words.
func (n needs) shortest() int {
	m := 0
	for i, w := range n {
		if i == 0 || len(w.word) < m {
			m = len(w.word)
		}
	}
	return m
}

// in reports whether s, whose ASCII lower case is lower, may hold a
// match: it holds one of n, or n is nil. Under (?i) k and s also match
// the Kelvin sign and the long s, so a text holding either may hold
// anything.
func (n needs) in(s, lower string) bool {
	if n == nil || strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f") {
		return true
	}
	for _, w := range n {
		if w.exact && strings.Contains(s, w.word) || !w.exact && strings.Contains(lower, w.word) {
			return true
		}
	}
	return false
}

// String gives n as the pattern's words, the exact ones in quotes.
func (n needs) String() string {
	var b strings.Builder
	for i, w := range n {
		if i > 0 {
			b.WriteByte('|')
		}
		if w.exact {
			b.WriteString(strconv.Quote(w.word))
		} else {
			b.WriteString(w.word)
		}
	}
	return b.String()
}

// needsOf is the words re needs, read on first use.
func needsOf(re *lazyre.Regexp) func() needs {
	return sync.OnceValue(func() needs { return neededWords(re.Get().String()) })
}
