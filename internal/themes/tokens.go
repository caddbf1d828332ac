package themes

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
	"golang.org/x/text/unicode/norm"

	"github.com/cypx/cypx/internal/evidence"
)

type token struct {
	text string
	// poss marks a word that had a possessive "s": the "children" of
	// "children’s services".
	poss bool
}

// tokenize splits text into words of letters and digits. Any other
// character ends a word, and the lone "s" of a possessive is dropped, so
// "children’s" and "children's" are both "children", marked possessive.
// An invisible character (evidence.Ignorable: a soft hyphen, a zero-width
// space or joiner, a bidi control, a variation selector) neither ends a
// word nor is part of it: "wait\u00ading" is "waiting", as a reader sees it, where it was
// "wait" and "ing" and the item lost its theme. The search index reads
// them so too.
// A combining mark is part of the word it follows, and a word holding one
// is in its composed form (NFC): "cafe\u0301" is "café", the word written
// with the accent composed, in a term, a heading_carry word and the text
// matched alike. A mark ended the word, so "cafe\u0301" was "cafe", and
// 'cypx check' advised writing a heading_carry word without its accent
// (hostile check 51).
func tokenize(s string) []token {
	var out []token
	start := -1
	format := false // the word holds a format character
	mark := false   // the word holds a combining mark
	emit := func(end int) {
		w := s[start:end]
		if format {
			w = evidence.WithoutIgnorable(w)
			format = false
		}
		if mark {
			w = norm.NFC.String(w)
			mark = false
		}
		if w != "s" && w != "S" {
			out = append(out, token{text: w})
		} else if len(out) > 0 && start > 0 && strings.ContainsRune("'’", lastRune(s[:start])) {
			out[len(out)-1].poss = true
		}
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
		} else if evidence.Ignorable(r) {
			format = format || start >= 0
		} else if unicode.IsMark(r) && start >= 0 {
			mark = true
		} else if start >= 0 {
			emit(i)
		}
	}
	if start >= 0 {
		emit(len(s))
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// isAcronym reports a word of two or more capitals (digits allowed), such as
// ADHD, SEND or LTWP.
func isAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

// Stem is the English (Porter2) stem of a lower-case word.
func Stem(w string) string {
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	return env.Current()
}
