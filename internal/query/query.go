// Package query reads what a policy officer types into a search — words,
// "phrases", field clauses, OR, NOT, -exclusions and brackets — into a
// tree, and says plainly what is wrong with what it cannot read.
//
// The grammar, loosest binding first:
//
//	query   = or
//	or      = and { "OR" and }
//	and     = unary { ["AND"] unary }        all are required
//	unary   = ("-" | "NOT") unary | ["+"] primary
//	primary = "(" or ")" | phrase | field | word
//	phrase  = '"' words '"'
//	field   = name ":" ( word | phrase | ("<"|"<="|">"|">=") number | number ".." number )
//	word    = letters, digits and marks; "wild*" and "term~1" are patterns
//
// While the user is typing, the last word is a prefix ("waiti" finds
// "waiting") and an open quote is the phrase so far, never an error. The
// package knows nothing of the index: the index turns a tree into its own
// queries, and a small evaluator over items (in the index's tests) is the
// reference for what a tree means.
package query

import (
	"fmt"
	"strings"
)

// Node is one part of a parsed query.
type Node interface{ String() string }

// And holds when every one of its parts holds.
type And []Node

// Or holds when any one of its parts holds.
type Or []Node

// Not holds when its part does not.
type Not struct{ X Node }

// Word is one word of free text.
type Word struct {
	Text string
	// Prefix is set on the last word while it is being typed.
	Prefix bool
	// Wildcard is set when the word holds * or ?, which match any letters
	// or one letter.
	Wildcard bool
	// Fuzzy is the edit distance of "term~1"; 0 for an exact word.
	Fuzzy int
}

// Phrase is words that must appear together, in order.
type Phrase struct {
	Text string
	// Open is set for a phrase whose closing quote has not been typed yet;
	// its last word is then a prefix.
	Open bool
}

// Op compares a numeric field with a value.
type Op string

// The comparisons a field clause can make.
const (
	Eq    Op = ":"
	Less  Op = "<"
	LessE Op = "<="
	More  Op = ">"
	MoreE Op = ">="
	Range Op = ".."
)

// Field restricts one field: theme:send, publisher:"NHS Providers",
// year:2018..2020, value:>50.
type Field struct {
	Name  string
	Value string // as typed, unquoted
	// Quoted is set when the value was a "phrase".
	Quoted bool
	Op     Op
	// Low and High are the numbers of a comparison or range.
	Low, High float64
	// Open marks the last clause of a query being typed, its value not
	// yet whole: "theme:", "theme:men", "value:>5", "year:2020..". It is
	// read as what is there so far and is never an error while typing.
	Open bool
	// Carried marks a value joined by a bar to the field clause before it
	// ("theme:send|adhd", "publisher:\"NHS Providers\"|autism"): the
	// field's value when the field has it, and otherwise the words typed
	// (Text), as a bar between two words joins them.
	Carried bool
}

// Text is a carried value read as the words it is: a phrase if it was
// quoted, else a word (a prefix while still being typed).
func (n Field) Text() (Node, error) {
	if n.Quoted {
		return Phrase{Text: n.Value, Open: n.Open}, nil
	}
	w, err := word(token{kind: tWord, text: n.Value})
	if err != nil || !n.Open {
		return w, err
	}
	return markPrefix(w), nil
}

func (n And) String() string { return join("(", []Node(n), " ", ")") }
func (n Or) String() string  { return join("(", []Node(n), " OR ", ")") }
func (n Not) String() string { return "-" + n.X.String() }

func (n Word) String() string {
	s := n.Text
	if n.Fuzzy > 0 {
		s += fmt.Sprintf("~%d", n.Fuzzy)
	}
	if n.Prefix {
		s += "…"
	}
	return s
}

func (n Phrase) String() string {
	if n.Open {
		return `"` + n.Text + `…`
	}
	return `"` + n.Text + `"`
}

func (n Field) String() string {
	switch n.Op {
	case Range:
		return fmt.Sprintf("%s:%g..%g", n.Name, n.Low, n.High)
	case Less, LessE, More, MoreE:
		return fmt.Sprintf("%s:%s%g", n.Name, n.Op, n.Low)
	}
	if n.Quoted {
		return n.Name + `:"` + n.Value + `"`
	}
	return n.Name + ":" + n.Value
}

func join(open string, ns []Node, sep, close string) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = n.String()
	}
	return open + strings.Join(parts, sep) + close
}

// Error is a query that cannot be read: what is wrong, in words a user
// can act on, and where (a byte offset into the query).
type Error struct {
	Msg string
	At  int
}

func (e *Error) Error() string { return e.Msg }

// Fields are the fields a query may name, as in theme:send.
var Fields = []string{"theme", "kind", "source", "publisher", "actor", "type", "year", "value"}

// MaxRunes is the longest query read, in characters: longer input is a
// paste gone wrong, and refused with a reason.
const MaxRunes = 4096

// MaxPatternRunes bounds a wildcard word: the automaton the index builds
// for one grows with the square of its length ("0*" and 3,600 more
// letters took 4 s; 100 letters take 7 ms), and so a fuzzy word (term~2):
// bleve refuses the automaton of one of 1,000 letters as "dfa contains
// more than 10000 states".
const MaxPatternRunes = 100

// Options say how a query is read.
type Options struct {
	// Typing is set while the user is still typing: the last word is a
	// prefix (unless the query ends in a space) and an open quote is the
	// phrase so far.
	Typing bool
}

// Walk calls fn on n and on every node below it, parents first.
func Walk(n Node, fn func(Node)) {
	fn(n)
	switch n := n.(type) {
	case And:
		for _, c := range n {
			Walk(c, fn)
		}
	case Or:
		for _, c := range n {
			Walk(c, fn)
		}
	case Not:
		Walk(n.X, fn)
	}
}
