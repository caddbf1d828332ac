package extract

import (
	"regexp/syntax"
	"strings"
)

// needs are the words, in ASCII lower case, one of which is in every
// text a pattern matches; nil when the pattern needs none (see
// neededWords). A pattern made of many names runs over every sentence,
// and Go's regexp tries it at every byte: a name it cannot find without
// one of these words is not looked for.
type needs []string

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
		for _, r := range re.Rune {
			if r >= 0x80 && re.Flags&syntax.FoldCase != 0 {
				return nil // folds beyond ASCII
			}
		}
		return needs{asciiLower(s)}
	case syntax.OpCapture, syntax.OpPlus:
		return needed(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needed(re.Sub[0])
		}
	case syntax.OpConcat:
		var best needs
		for _, sub := range re.Sub {
			if n := needed(sub); n != nil && n.shortest() > best.shortest() {
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

// shortest is the length of n's shortest word; 0 for no words.
func (n needs) shortest() int {
	m := 0
	for i, w := range n {
		if i == 0 || len(w) < m {
			m = len(w)
		}
	}
	return m
}

// in reports whether lower, a text in ASCII lower case, may hold a match:
// it holds one of n, or n is nil. Under (?i) k and s also match the
// Kelvin sign and the long s, so a text holding either may hold anything.
func (n needs) in(lower string) bool {
	if n == nil || strings.Contains(lower, "\u212a") || strings.Contains(lower, "\u017f") {
		return true
	}
	for _, w := range n {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
