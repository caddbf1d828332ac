package library

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// asRead is a metadata value as it is told apart: the control and
// invisible characters CleanLine drops read as spaces. "Jane\u00adSmith"
// and "Jane Smith\u202e" are read as Jane Smith's name, then kept and
// cleaned as every field is (applyMeta, with its warning). Before, the
// name test saw the characters, and the author meta tag that held one
// was dropped without a word (hostile check 47).
func asRead(s string) string {
	var b strings.Builder
	prev := rune(-1)
	for _, r := range s {
		if evidence.UnsafeAfter(prev, r) {
			b.WriteByte(' ')
		} else {
			b.WriteRune(r)
		}
		prev = r
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// folded is a meta tag's value with the line breaks HTML does not count
// as white space folded, as readPageInfo has already warned of them
// (metaBreakWarning): the other characters are left for applyMeta to
// clean and warn of, so the value is warned of once.
func folded(s string) string { return strings.Join(strings.Fields(s), " ") }

// personNames reports whether s names one person, or two or more joined
// by "and", "&", commas or semicolons ("Jane Smith and Bob Lee"), each a
// person's name: an author field names several so (evidence.Authors).
// Before, a page's author meta tag naming two people was dropped unsaid.
func personNames(s string) bool {
	s = asRead(s)
	if isPersonName(s) || isPersonName(citationName(s)) {
		// "Smith, Jane" is one person, written surname first.
		return true
	}
	parts := strings.Split(strings.NewReplacer(" and ", ";", " & ", ";", ",", ";").Replace(s), ";")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isPersonName(p) {
			return false
		}
	}
	return true
}
