package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// endRe is a pattern that must match at the end of its text ("...\s*$"),
// matched backwards: its reverse, anchored at the start, is run over the
// text reversed. Go's regexp tries a pattern at every byte and cannot
// start from the end, so a pattern over the words before a figure cost
// tens of microseconds a figure; backwards it is tried once.
type endRe struct {
	fwd *lazyre.Regexp
	rev func() *regexp.Regexp
}

// newEndRe is fwd matched backwards; only MatchString is offered.
func newEndRe(fwd *lazyre.Regexp) *endRe {
	e := &endRe{fwd: fwd, rev: sync.OnceValue(func() *regexp.Regexp {
		re, err := syntax.Parse(fwd.Get().String(), syntax.Perl)
		if err != nil {
			panic(err)
		}
		return regexp.MustCompile(reverseSyntax(re).String())
	})}
	endRes = append(endRes, e)
	return e
}

// endRes are the patterns newEndRe has made, for their test.
var endRes []*endRe

// MatchString reports whether fwd matches s.
func (e *endRe) MatchString(s string) bool { return e.rev().MatchString(reverseRunes(s)) }

// reverseSyntax is re matching each text reversed, rune by rune.
func reverseSyntax(re *syntax.Regexp) *syntax.Regexp {
	r := *re
	r.Sub = nil
	for _, sub := range re.Sub {
		r.Sub = append(r.Sub, reverseSyntax(sub))
	}
	switch re.Op {
	case syntax.OpLiteral:
		r.Rune = slices.Clone(re.Rune)
		slices.Reverse(r.Rune)
	case syntax.OpConcat:
		slices.Reverse(r.Sub)
	case syntax.OpBeginText:
		r.Op = syntax.OpEndText
	case syntax.OpEndText:
		r.Op = syntax.OpBeginText
	case syntax.OpBeginLine:
		r.Op = syntax.OpEndLine
	case syntax.OpEndLine:
		r.Op = syntax.OpBeginLine
	}
	return &r
}

// reverseRunes is s backwards, rune by rune; a byte that is no UTF-8 is
// read as U+FFFD, as regexp reads it.
func reverseRunes(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		b = utf8.AppendRune(b, r)
		i -= n
	}
	return string(b)
}
