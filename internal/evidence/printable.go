package evidence

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Printable makes text from a source safe to write to a terminal: every
// character a terminal would act on or that a reader cannot see is shown
// as an escape such as \x1b or \u202e instead of being sent raw, so a
// source cannot recolour the screen, write the clipboard, reorder or hide
// text. Newlines and tabs are kept. It is the one escaping function of
// cypx: the CLI's renderers, its warnings and errors, and the explorer's
// screens all use it (or PrintableLine), and escaping what it returned
// changes nothing.
//
// Escaped: C0 controls (but newline and tab), DEL and C1 controls; format
// characters (Unicode category Cf: bidirectional controls and marks,
// zero-width spaces and joiners, the byte-order mark, soft hyphens, tag
// characters); line and paragraph separators; the fillers that draw
// nothing (U+034F, U+115F, U+1160, U+17B4, U+17B5, U+180B–U+180F, U+3164,
// U+FFA0); noncharacters; and each byte of invalid UTF-8, as \xNN.
func Printable(s string) string { return escape(s, false) }

// PrintableLine is Printable for text that must stay on one line (a name,
// a table cell, a file name in a message): newlines, carriage returns and
// tabs are escaped too.
func PrintableLine(s string) string { return escape(s, true) }

func escape(s string, oneLine bool) string {
	if safe(s, oneLine) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case Unsafe(r) && (oneLine || r != '\n' && r != '\t'):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// safe reports whether s needs no escaping: the common case, checked
// without allocating.
func safe(s string, oneLine bool) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && !(!oneLine && (c == '\n' || c == '\t')) || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || Unsafe(r) {
			return false
		}
		i += size
	}
	return true
}

// Unsafe reports whether a character must never reach a terminal as it
// is (see Printable). Newline and tab are unsafe here: callers that keep
// them say so.
func Unsafe(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7f:
		return true
	case r < 0xa0:
		return r >= 0x80 // C1 controls
	case r < 0x034f:
		return r == 0x00ad // soft hyphen (Cf)
	}
	switch r {
	case 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180e, 0x180f,
		0x2028, 0x2029, 0x3164, 0xffa0:
		return true
	}
	if r&0xfffe == 0xfffe || r >= 0xfdd0 && r <= 0xfdef {
		return true // noncharacters
	}
	return unicode.Is(unicode.Cf, r)
}

// HasUnsafe reports whether metadata holds a character Printable would
// escape, or a line break or tab: a one-line field such as a title or a
// publisher must hold neither.
func HasUnsafe(s string) bool { return !safe(s, true) }

// CleanLine makes a one-line field safe to store: line breaks and tabs
// become spaces (runs of them one space), escape sequences go whole (see
// SequenceEnd), every other unsafe character and any invalid UTF-8 is
// dropped. It reports whether anything changed.
func CleanLine(s string) (string, bool) {
	if safe(s, true) {
		return s, false
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
			b.WriteByte(' ')
		case r == 0x1b || r >= 0x90 && r <= 0x9f:
			i = SequenceEnd(s, i)
			continue
		case r == utf8.RuneError && size == 1, Unsafe(r):
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return strings.Join(strings.Fields(b.String()), " "), true
}

// SequenceEnd returns where the escape sequence that starts at s[i] (ESC,
// or a C1 introducer) ends, so that its parameters go with it rather than
// being left behind as text such as "]52;c;ZWNobyBwd24K": ESC and one
// final byte (with any intermediates); a control sequence (ESC [ or
// U+009B) to its final byte; a control string (OSC, DCS, SOS, PM, APC:
// ESC ] P X ^ _ or U+009D U+0090 U+0098 U+009E U+009F) to BEL or ST. What
// is not a whole sequence — a string with no terminator before the end or
// another control, a CSI with no final byte — loses only its introducer:
// the rest is plain text, and dropping it could take the field's words
// with it. At any other character it returns the end of that character.
// CleanLine drops what it spans; the extractor reads no figure inside it.
func SequenceEnd(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	j := i + size
	str := false
	switch r {
	case 0x1b:
		if j >= len(s) {
			return j
		}
		switch c := s[j]; {
		case c == '[':
			j++
		case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
			str = true
			j++
		default:
			k := j
			for k < len(s) && s[k] >= 0x20 && s[k] <= 0x2f {
				k++
			}
			if k < len(s) && s[k] >= 0x30 && s[k] <= 0x7e {
				return k + 1
			}
			return j
		}
	case 0x9b:
	case 0x9d, 0x90, 0x98, 0x9e, 0x9f:
		str = true
	default:
		return j // another C1 control: itself only
	}
	if !str {
		k := j
		for k < len(s) && s[k] >= 0x30 && s[k] <= 0x3f {
			k++
		}
		for k < len(s) && s[k] >= 0x20 && s[k] <= 0x2f {
			k++
		}
		if k < len(s) && s[k] >= 0x40 && s[k] <= 0x7e {
			return k + 1
		}
		return j
	}
	for k := j; k < len(s); k++ {
		switch c := s[k]; {
		case c == 0x07:
			return k + 1
		case c == 0x1b:
			if k+1 < len(s) && s[k+1] == '\\' {
				return k + 2
			}
			return j
		case c == 0xc2 && k+1 < len(s) && s[k+1] == 0x9c:
			return k + 2
		case c < 0x20 || c == 0x7f:
			return j
		}
	}
	return j
}
