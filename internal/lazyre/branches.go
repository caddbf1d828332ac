package lazyre

import (
	"regexp"
	"regexp/syntax"
)

// A pattern such as measure's aims, `(?i)\b(?:aims?|targets?|…|will|
// should)\b`, a choice of some fifty words in any case, compiles to a
// program too large for Go's backtracking matcher (bigProg), so regexp
// runs it with its slowest matcher, some 1 µs for each byte of a
// sentence, on every sentence holding any of its words: one such
// pattern took a fifth of extraction's regexp time. Whether a text
// holds a match is whether it holds a match of one of the choice's
// branches with what stands before and after the choice (a sequence
// distributes over a choice), and each branch is a small program, with
// its own test for the words it needs. So MatchString of a large
// pattern opening or closing on a choice asks its branches in turn. The
// other methods, whose answers are where the match is, still run the
// whole pattern.

// bigProg is the size (in instructions) past which regexp never uses
// its backtracking matcher (its maxBacktrackProg).
const bigProg = 500

// maxBranches bounds the branches asked in turn: past it, their word
// tests cost more than the whole program saves.
const maxBranches = 64

// branchesOf returns patterns one of which matches wherever pattern
// does, each a branch of its top choice with what stands around it;
// nil when pattern is small enough, or not of that shape.
func branchesOf(pattern string) []*Regexp {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil || len(prog.Inst) <= bigProg {
		return nil
	}
	var parts []*syntax.Regexp
	switch re.Op {
	case syntax.OpAlternate:
		parts = re.Sub
	case syntax.OpConcat:
		for i, sub := range re.Sub {
			if sub.Op != syntax.OpAlternate {
				continue
			}
			for _, b := range sub.Sub {
				seq := append(append(append([]*syntax.Regexp(nil), re.Sub[:i]...), b), re.Sub[i+1:]...)
				parts = append(parts, &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: seq})
			}
			break
		}
	}
	if parts == nil || len(parts) > maxBranches {
		return nil
	}
	out := make([]*Regexp, len(parts))
	for i, p := range parts {
		s := p.String()
		if _, err := regexp.Compile(s); err != nil {
			return nil
		}
		out[i] = &Regexp{pattern: s}
	}
	return out
}
