package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
)

// readable is a sentence as the figure reader reads it, and at, the
// written byte of each byte read (nil when every byte is read where it
// is written). A number is read through the invisible characters inside
// it by the rule the measure keys read words by (evidence.Ignorable: a
// soft hyphen, a zero-width space, joiner or non-joiner, a word joiner, a
// byte order mark, a variation selector), so "4\u200b0%" is 40%, not 0%,
// and "1\u00ad200 children" 1,200 children, not 200. A no-break, thin,
// narrow no-break or figure space is read as the space it shows ("£2.5
// million", "45 %", "18 weeks" with a no-break space were £2.5 and no
// figures), and a line break as the space it stands for (unwrapped). The
// figures keep the text as written: the reader maps them back by at.
func readable(s string) (string, []int) {
	odd := false
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			odd = strings.IndexFunc(s[i:], readAsSpaceOrNothing) >= 0
			break
		}
	}
	if !odd {
		return unwrapped(s), nil
	}
	b := make([]byte, 0, len(s))
	at := make([]int, 0, len(s))
	for i, r := range s {
		switch {
		case r == '\n' || readAsSpace(r):
			b = append(b, ' ')
			at = append(at, i)
		case evidence.Ignorable(r):
		default:
			n := utf8.RuneLen(r)
			if r == utf8.RuneError {
				_, n = utf8.DecodeRuneInString(s[i:])
			}
			for k := 0; k < n; k++ {
				b = append(b, s[i+k])
				at = append(at, i+k)
			}
		}
	}
	return string(b), at
}

// readAsSpace is a space the figure reader reads as a plain one: no-break
// (U+00A0), figure (U+2007), thin (U+2009) and narrow no-break (U+202F).
func readAsSpace(r rune) bool {
	return r == '\u00a0' || r == '\u2007' || r == '\u2009' || r == '\u202f'
}

func readAsSpaceOrNothing(r rune) bool { return readAsSpace(r) || evidence.Ignorable(r) }

// composeAt is the written byte of each byte read through two readings in
// turn: first[i] the written byte of byte i of the first reading, second[j]
// the byte of the first reading that byte j of the second was. Either may
// be nil, read byte for byte.
func composeAt(first, second []int) []int {
	switch {
	case first == nil:
		return second
	case second == nil:
		return first
	}
	out := make([]int, len(second))
	for j, i := range second {
		out[j] = first[i]
	}
	return out
}

// writtenSpan is the written bytes [a, b) of the read bytes [start, end)
// of a figure: a read byte standing for a written character of more bytes
// (a space read for a no-break one) ends at that character's end.
func writtenSpan(written, read string, at []int, start, end int) (int, int) {
	a, last := at[start], at[end-1]
	b := last + 1
	if read[end-1] < utf8.RuneSelf && written[last] >= utf8.RuneSelf {
		_, n := utf8.DecodeRuneInString(written[last:])
		b = last + n
	}
	return a, b
}
