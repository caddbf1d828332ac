package library

import (
	"strings"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
)

// asRead is a metadata value as it is told apart: the control and
// invisible characters CleanLine drops read as spaces. "Jane\u00adSmith"
// and "Jane Smith\u202e" are read as Jane Smith's name, then kept and
// cleaned as every field is (applyMeta, with its warning). Before, the
// name test saw the characters, and the author meta tag that held one
// was dropped without a word (hostile check 47).
//
// An escape sequence is read whole, by the rule CleanLine drops it by
// (evidence.SequenceEnd): "Jane \x1b[31mSmith" is Jane Smith, cleaned and
// kept; before, its parameters "[31m" were read as part of the name, and
// the tag was left out as naming no person (hostile check 48). By that
// rule ESC (or U+009B) then "S" is itself a whole sequence, so "Jane
// \x1bSmith" reads "Jane mith", as it is stored and shown: no person's
// name, left out with a warning, where before it was stored "Jane mith".
func asRead(s string) string {
	var b strings.Builder
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b || r >= 0x90 && r <= 0x9f:
			b.WriteByte(' ')
			i, prev = evidence.SequenceEnd(s, i), r
			continue
		case evidence.UnsafeAfter(prev, r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
		prev = r
		i += size
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// folded is a meta tag's value with the line breaks HTML does not count
// as white space folded, as readPageInfo has already warned of them
// (metaBreakWarning): the other characters are left for applyMeta to
// clean and warn of, so the value is warned of once.
func folded(s string) string { return strings.Join(strings.Fields(s), " ") }

// tagAuthors reads a page's author tag as the author field is read
// (evidence.Authors, its one reader): the value to store as the author,
// "" when the tag names no person, and the job titles left out of it.
// Every name the field gives must be a person's: "Jane Smith and Bob
// Lee", "Smith, Jane; Lee, Bob" and "Smith, J. and Lee, B." are kept as
// written, each cited as two people. A byline's "By" or "Written by" is
// no part of a name, and a job title after a person's name ("Jane Smith,
// Policy Officer": a post roleRe knows, not written as a person's name as
// "Alice Head" is) is no author: both are left out, the title said by the
// import. Before, surname-first lists of two were
// left out as naming no person (the tag was split at every comma, each
// half alone no person's name), "By Jane Smith" was cited "Smith, B. J."
// and "Jane Smith, Policy Officer" as two authors (hostile check 48).
func tagAuthors(v string) (author string, leftOut []string) {
	// The names are those of the value as read, its escape sequences and
	// invisible characters gone, as it is stored: the ";" inside "Jane
	// Smith\x1b]0;pwned\a" parts no names. The value kept is as written,
	// for applyMeta to clean and warn of as every field.
	v = folded(v)
	read := asRead(v)
	if m := bylineRe.FindStringSubmatchIndex(read); m != nil {
		v, read = strings.TrimSpace(strings.TrimPrefix(v, read[:m[2]])), read[m[2]:]
	}
	names := evidence.Authors(read)
	if len(names) == 0 {
		return "", nil
	}
	kept := names[:0:0]
	for i, n := range names {
		switch {
		case i > 0 && len(kept) > 0 && roleRe.MatchString(n) && !evidence.PersonShaped(n):
			leftOut = append(leftOut, n)
		case isPersonName(n):
			kept = append(kept, n)
		default:
			return "", nil
		}
	}
	if len(leftOut) == 0 {
		return v, nil
	}
	return strings.Join(kept, "; "), leftOut
}
