package lazyre

import (
	"fmt"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode/utf8"
)

// A match needs words: every text a pattern such as
// `(?i)\b(?:request|ask)s?\s+that\s+...\s+report` matches holds "that"
// and "report" (in some case). Go's regexp does not look for them first:
// it tries such a pattern at every byte of the text, and the extractor
// runs hundreds of them over every sentence of a library, most of which
// hold none of their words (a profile of a 100,000-item build put a
// quarter of its CPU in regexp). So each expression reads, from its
// syntax, words one of which must be in any text it matches, and a text
// holding none of them is not matched: the answer is regexp's (nothing),
// found without running it.

// need is a word a pattern needs: as written when exact, else in ASCII
// lower case, for any case.
type need struct {
	word  string
	exact bool
}

// needs are the words one of which is in every text a pattern matches;
// nil when the pattern needs none.
type needs []need

// maxNeeds bounds the words of one test: past it, looking for each costs
// more than it saves.
const maxNeeds = 12

// largeProg and maxNeedsLarge: a program of more than largeProg
// instructions costs the backtracker a cleared bit for each instruction
// and byte of the text on every call (some 100 µs over a sentence at
// 400 instructions), while looking for a word costs well under a
// microsecond; so its filter may test up to maxNeedsLarge words. The
// aims pattern of the measure reader (446 instructions, 27 words, a
// fifth of extraction's regexp time) had none for want of this.
const (
	largeProg     = 256
	maxNeedsLarge = 32
)

// minNeed is the shortest word worth looking for before a small program
// (see filterOf): shorter ones are in most sentences.
const minNeed = 3

// filterOf reads a pattern's needs for its filter; nil when it has none
// worth testing: it needs no word, or too many, or regexp finds its
// matches quickly without them (a small program opening with a fixed
// prefix, which regexp looks for itself, or tried only at the text's
// start). A small program's words must be of minNeed bytes or more; a
// large program's may be shorter (a colon, "vs"), as running it over a
// text costs more than looking for any word (see smallProg).
func filterOf(pattern string) *filter {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil
	}
	small := len(prog.Inst) <= smallProg
	if prefix, _ := prog.Prefix(); small && (prefix != "" || prog.StartCond()&syntax.EmptyBeginText != 0) {
		return nil
	}
	shortest := 1
	if small {
		shortest = minNeed
	}
	limit := maxNeeds
	if len(prog.Inst) > largeProg {
		limit = maxNeedsLarge
	}
	var all []needs
	for _, n := range neededAll(re) {
		if n = n.pruned(); len(n) <= limit && n.shortest() >= shortest && len(all) < maxTests {
			all = append(all, n)
		}
	}
	if all == nil {
		return nil
	}
	f := &filter{all: all}
	for _, n := range all {
		for _, w := range n {
			if !w.exact && strings.ContainsAny(w.word, "ks") {
				f.folds = true
			}
		}
	}
	return f
}

// smallProg is the size (in instructions) up to which a pattern with a
// fixed prefix or tried only at the text's start is not worth a filter.
// Past it, regexp's backtracker (which it runs over a sentence for any
// program but a large one) clears a bit for every instruction and byte
// of the text before it looks for the prefix or tries the start: a
// program of 300 instructions over a sentence of 300 bytes clears 11 KB
// for each call, and a sentence meets hundreds of such patterns, most
// of which need a word it lacks (a profile of extraction put a third of
// its time in the backtracker).
const smallProg = 64

// maxTests bounds the sets of words a filter tests a text for: the
// most telling first, and the next only for a text that passed it.
const maxTests = 3

// filter tests a text for a pattern's needs.
type filter struct {
	// all are the sets of words a match needs one of each, the most
	// telling first.
	all []needs
	// folds is set when a word in any case holds k or s, which under
	// (?i) also match the Kelvin sign and the long s.
	folds bool
}

// may reports whether s holds one of the needed words, and so may hold
// a match; false means regexp would find none.
func (f *filter) may(s string) bool {
	if f == nil {
		return true
	}
	for _, n := range f.all {
		if !n.in(s) {
			// A word in any case may be spelt with the Kelvin sign or
			// the long s, which fold to k and s: such a text may match.
			return f.folds && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f"))
		}
	}
	return true
}

// pruned is n without repeats and without a word holding another of
// its words (a text holding "planned" holds "plan"): the same test,
// with fewer words to look for.
func (n needs) pruned() needs {
	var out needs
	for i, w := range n {
		redundant := false
		for j, v := range n {
			if i == j || v.exact && !w.exact {
				continue
			}
			holds := strings.Contains(w.word, v.word)
			if !v.exact {
				holds = strings.Contains(strings.ToLower(w.word), v.word)
			}
			// Of two equal words the later goes; a word holding another
			// goes.
			if holds && (len(v.word) < len(w.word) || v.exact != w.exact || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, w)
		}
	}
	return out
}

// in reports whether s holds one of n's words.
func (n needs) in(s string) bool {
	for _, w := range n {
		if w.exact && strings.Contains(s, w.word) || !w.exact && containsFold(s, w.word) {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds lower in any ASCII case; lower is
// in lower case and not empty. It looks for the word's first byte in
// each case with strings.IndexByte (which reads many bytes at a step)
// and compares only there: most texts a filter turns away hold the
// first byte rarely, and a loop over every byte cost a filtered
// pattern's test several times more.
func containsFold(s, lower string) bool {
	first := lower[0]
	up := first
	if 'a' <= first && first <= 'z' {
		up = first - 'a' + 'A'
	}
	last := len(s) - len(lower) // the last byte a match may open at
	// nextLow and nextUp are where first and up are next found at or
	// after i; past last when they are not.
	nextLow, nextUp := -1, -1
	for i := 0; i <= last; i++ {
		if nextLow < i {
			nextLow = indexByteFrom(s[:last+1], first, i)
		}
		if up == first {
			nextUp = nextLow
		} else if nextUp < i {
			nextUp = indexByteFrom(s[:last+1], up, i)
		}
		if i = min(nextLow, nextUp); i > last {
			return false
		}
		j := 1
		for ; j < len(lower); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lower[j] {
				break
			}
		}
		if j == len(lower) {
			return true
		}
	}
	return false
}

// indexByteFrom is the index of the first c in s at or after from, or
// len(s) when there is none.
func indexByteFrom(s string, c byte, from int) int {
	if k := strings.IndexByte(s[from:], c); k >= 0 {
		return from + k
	}
	return len(s)
}

// neededAll reads sets of words re needs one of each, the most telling
// first: a literal needs itself; a sequence what each of its parts and
// each run of them opening a match needs; a choice, what its branches'
// most telling sets need together (a word of the first of one branch's
// or another's), then their second sets, and so on. What it cannot read
// needs nothing (nil).
func neededAll(re *syntax.Regexp) []needs {
	switch re.Op {
	case syntax.OpLiteral:
		if n := needed(re); n != nil {
			return []needs{n}
		}
	case syntax.OpCapture, syntax.OpPlus:
		return neededAll(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return neededAll(re.Sub[0])
		}
	case syntax.OpConcat:
		var all []needs
		for i, sub := range re.Sub {
			all = append(all, neededAll(sub)...)
			rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[i:]}
			if n, _ := openings(rest); n.shortest() > 0 {
				all = append(all, n)
			}
		}
		return bestFirst(all)
	case syntax.OpAlternate:
		var branches [][]needs
		k := -1
		for _, sub := range re.Sub {
			b := neededAll(sub)
			if b == nil {
				return nil
			}
			branches = append(branches, b)
			if k < 0 || len(b) < k {
				k = len(b)
			}
		}
		all := make([]needs, k)
		for j := range all {
			for _, b := range branches {
				all[j] = append(all[j], b[j]...)
			}
		}
		return bestFirst(all)
	}
	return nil
}

// bestFirst orders sets of words the most telling first (few enough to
// test, then the longer shortest word, then fewer words) and keeps the
// first few that differ.
func bestFirst(all []needs) []needs {
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if (len(a) <= maxNeeds) != (len(b) <= maxNeeds) {
			return len(a) <= maxNeeds
		}
		if a.shortest() != b.shortest() {
			return a.shortest() > b.shortest()
		}
		return len(a) < len(b)
	})
	var out []needs
	seen := map[string]bool{}
	for _, n := range all {
		key := fmt.Sprint(n)
		if !seen[key] && len(out) < 2*maxTests {
			seen[key] = true
			out = append(out, n)
		}
	}
	return out
}

// needed reads the words re needs from its syntax: a literal needs
// itself, a sequence what its most telling part needs, a choice what any
// of its branches needs. What it cannot read needs nothing.
func needed(re *syntax.Regexp) needs {
	switch re.Op {
	case syntax.OpLiteral:
		s := string(re.Rune)
		if re.Flags&syntax.FoldCase == 0 {
			if strings.ContainsRune(s, utf8.RuneError) {
				return nil // regexp reads a byte that is not UTF-8 as U+FFFD
			}
			return needs{{s, true}}
		}
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf {
				return nil // folds beyond ASCII
			}
		}
		return needs{{ASCIILower(s), false}}
	case syntax.OpCapture, syntax.OpPlus:
		return needed(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needed(re.Sub[0])
		}
	case syntax.OpConcat:
		var best needs
		for i, sub := range re.Sub {
			if n := needed(sub); n != nil && n.better(best) {
				best = n
			}
			// The words a run of parts opens with: "Of(?:sted|com)" needs
			// "Ofsted" or "Ofcom", not just "Of".
			rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[i:]}
			if n, _ := openings(rest); n != nil && n.better(best) {
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

// better reports whether n is a more telling test than m: longer
// shortest words, then fewer of them.
func (n needs) better(m needs) bool {
	if m == nil {
		return n.shortest() > 0
	}
	if a, b := n.shortest(), m.shortest(); a != b {
		return a > b && len(n) <= maxNeeds
	}
	return len(n) < len(m)
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
						next = append(next, need{ASCIILower(a.word + b.word), false})
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

// ASCIILower is s with ASCII capitals made small and nothing else
// changed, so that offsets in the result are offsets in s: the lower
// case a Needs test reads, and the extractor's too.
func ASCIILower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
