package library

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
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
//
// A soft hyphen is read as an author is stored (evidence.SoftHyphenParts):
// inside a word it is nothing ("Ander\u00adson Lee" is Anderson Lee, a
// person), before a capital it parts two words (hostile check 49). So
// is every character no one sees (evidence.Ignorable) inside a word, as
// search reads words: "B\u200by" is "By" (hostile check 50).
func asRead(s string) string {
	read, _ := readFrom(s, false, nil)
	return read
}

// readFrom is asRead that also says, with track, where each byte of the
// text as read comes from: from[k] is the offset in s of the character
// that gave byte k (a space folded from blanks, invisible characters or
// escape sequences, the offset where they begin), and from[len(read)] is
// len(s). tagAuthors cuts a byline's "By" and a date off the value as
// written by it, so a character it cannot see cannot hide them. With
// hidden, what is read as nothing (escape sequences, control and
// invisible characters: not spaces) is written to it too.
func readFrom(s string, track bool, hidden *strings.Builder) (string, []int) {
	var b strings.Builder
	var from []int
	blank := -1 // where the blanks owed as one space begin, or -1
	emit := func(text string, at int) {
		if blank >= 0 && b.Len() > 0 {
			b.WriteByte(' ')
			if track {
				from = append(from, blank)
			}
		}
		blank = -1
		b.WriteString(text)
		if track {
			for range len(text) {
				from = append(from, at)
			}
		}
	}
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b || r >= 0x90 && r <= 0x9f:
			if blank < 0 {
				blank = i
			}
			end := evidence.SequenceEnd(s, i)
			if hidden != nil {
				hidden.WriteString(s[i:end])
			}
			i, prev = end, r
			continue
		case evidence.Ignorable(r) && (r == 0xad || evidence.UnsafeAfter(prev, r)) && !evidence.SoftHyphenParts(s, i):
			// A hint of where a word may break, or a character no one
			// sees, inside a word: read through, as search reads words
			// (evidence.WithoutIgnorable), so "B\u200by" is the byline's
			// "By" (hostile check 50). Before a capital it parts two
			// words, as a soft hyphen does (evidence.SoftHyphenParts).
			if hidden != nil {
				hidden.WriteString(s[i : i+size])
			}
		case evidence.UnsafeAfter(prev, r) || unicode.IsSpace(r):
			if blank < 0 {
				blank = i
			}
			if hidden != nil && r != ' ' {
				hidden.WriteString(s[i : i+size])
			}
		default:
			emit(s[i:i+size], i)
		}
		prev = r
		i += size
	}
	if track {
		from = append(from, len(s))
	}
	return b.String(), from
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
//
// The byline's words are read in any case ("BY", "by", "Posted by"), a
// date after the names is no name (tagDateRe), a post may be plural or a
// team (jobTitle), and a name written all in capitals or all in lower
// case is a name, kept as written (hostile check 49).
//
// Words that are no name are cut by their class, wherever a byline
// writes them: a post or a body after a bar or a spaced dash, or after
// the last comma; a relative time, a weekday, a reading time or an
// update's date after the names; a label ("Author:") or a date before
// the byline's "by". A character no one sees is read through inside a
// word (readFrom), and "and" parts names in any case (evidence.Authors)
// (hostile check 50).
func tagAuthors(v string) (author string, leftOut []string) {
	// The names are those of the value as read, its escape sequences and
	// invisible characters gone, as it is stored: the ";" inside "Jane
	// Smith\x1b]0;pwned\a" parts no names. The value kept is as written,
	// for applyMeta to clean and warn of as every field, less the byline's
	// words and a date, cut where the value as read says (readFrom), so a
	// character before "By" no longer hides it (hostile check 49). A line
	// break parts names as it does in every author field
	// (evidence.AuthorBreaks): HTML's white space is folded after.
	v = folded(evidence.AuthorBreaks(v))
	read, from := readFrom(v, true, nil)
	start, end := 0, len(read)
	if m := tagBylineRe.FindStringIndex(read); m != nil && m[1] < end {
		start = m[1]
	}
	if m := tagDateRe.FindStringIndex(read[start:end]); m != nil && m[0] > 0 {
		end = start + m[0]
	}
	// What follows a bar or a spaced dash is a post or a body ("Jane
	// Smith | Policy Officer", "Jane Smith - Head of Policy", "Jane Smith
	// | NHS Test"), unless it is itself a person's name: left out and
	// said (hostile check 50).
	//
	// A person after a bar or a spaced dash is a second author: the mark
	// parts the names ("Mira Castell | Tom Ashby", "Mira Castell · Tom
	// Ashby" are two people, stored "Mira Castell; Tom Ashby"). Before, the
	// mark was kept and the two read as one four-word name (hostile check
	// 50 (leftovers)). Each part after a mark is read so, up to the first
	// that is no person, which is left out with all after it.
	parted := false
	if bars := tagBarRe.FindAllStringIndex(read[start:end], -1); len(bars) > 0 && bars[0][0] > 0 {
		for k, m := range bars {
			next := end
			if k+1 < len(bars) {
				next = start + bars[k+1][0]
			}
			part := strings.TrimSpace(read[start+m[1] : next])
			if part == "" {
				break
			}
			if !isPersonName(part) || evidence.JobTitle(part) && !evidence.PersonShaped(part) {
				leftOut = append(leftOut, strings.TrimSpace(read[start+m[1]:end]))
				end = start + m[0]
				break
			}
			parted = true
		}
	}
	// A post or a body after the last comma ("Smith, Jane, Policy
	// Officer", "Jane Smith, Chief Executive, NHS Test") is cut before
	// the names are read, so the surname-first name before it is read as
	// one person. A post followed by "and" and another person ("Jane
	// Smith, Policy Officer and Bob Lee, Analyst") is left to the names'
	// reading, which leaves the post out and keeps the person.
	for {
		i := strings.LastIndexByte(read[start:end], ',')
		post := strings.TrimSpace(read[start+i+1 : end])
		if i <= 0 || !evidence.JobTitle(post) && !evidence.Corporate(post) || evidence.PersonShaped(post) || len(evidence.Authors(post))+len(evidence.NotNames(post)) > 1 {
			break
		}
		leftOut = append([]string{post}, leftOut...)
		end = start + i
	}
	if start > 0 || end < len(read) {
		// What the cut parts held that is read as nothing is kept with
		// the rest, for applyMeta to clean and warn of.
		var hidden strings.Builder
		readFrom(v[:from[start]], false, &hidden)
		kept := v[from[start]:from[end]]
		readFrom(v[from[end]:], false, &hidden)
		v, read = strings.TrimSpace(hidden.String()+kept), read[start:end]
	}
	if parted {
		read = tagBarRe.ReplaceAllString(read, "; ")
	}
	names := evidence.Authors(read)
	if len(names) == 0 {
		return "", nil
	}
	// The posts the names' reading leaves out ("Research Lead" of "Mira
	// Castell, Research Lead and Tom Ashby") are said as left out.
	posts := evidence.NotNames(read)
	leftOut = append(leftOut, posts...)
	kept := names[:0:0]
	for i, n := range names {
		switch {
		case i > 0 && len(kept) > 0 && evidence.JobTitle(n) && !evidence.PersonShaped(n):
			leftOut = append(leftOut, n)
		case isPersonName(n) || isPersonName(oneCaseName(n)) && !accountNameRe.MatchString(n):
			kept = append(kept, n)
		default:
			return "", nil
		}
	}
	if !parted && len(posts) == 0 && (len(leftOut) == 0 || len(kept) == len(names)) {
		return v, leftOut
	}
	return strings.Join(kept, "; "), leftOut
}

// bylineWords are the words a byline writes before "by", matched in any
// case: "Written by", "Authored by", "Words by", "Posted by", "Reported
// by", "Published by", "Updated by". One list for a page's author tag
// (tagBylineRe) and its body's byline (bylineRe).
const bylineWords = `written|authored|words|posted|reported|published|updated`

var (
	// tagBylineRe is a byline's words before the names in an author tag,
	// in any case: "By", "BY", "by:", "Posted by", "Written by".
	//
	// A label ("Author:", "Authors:") and a date before the byline's "by"
	// ("Posted on 4 May 2024 by") are its words too (hostile check 50).
	// "Authored by" is, as "Written by" is: before, "Authored by Jane
	// Smith" gave no author (hostile check 51).
	// Its words before "by" are a byline's one list (bylineWords), the
	// body's byline's too (bylineRe).
	tagBylineRe = lazyre.New(`^(?i:(?:authors?|(?:` + bylineWords + `)\s+by|by)\s*:\s*|(?:(?:` + bylineWords + `)\s+)?(?:(?:on\s+)?(?:` + dateExpr + `),?\s+)?by:?\s+)`)
	// tagBarRe is a bar or a dash with a space each side, which parts the
	// names from a post or a body after them.
	//
	// A slash with a space each side is such a mark: "Jane Smith / Bob
	// Lee" is two people, "Jane Smith / Policy Officer" one with a post.
	// Before, the slash was dropped as a word with no letters and the two
	// stored as one four-word name (hostile check 51). A slash with no
	// space is left in the word ("she/her").
	tagBarRe = lazyre.New(`\s*[|•·]\s*|\s+[–—/-]\s+|\s*—\s*`)
	// tagDateRe is a date after the names in an author tag, after a bar,
	// a dash, a comma, a bullet or "on", or a space: "Jane Smith | 4 May
	// 2024", "Jane Smith on 4 May 2024". It is no name: before, "By Jane
	// Smith | 4 May 2024" was cited "May, B. J. S.".
	//
	// A relative time ("2 hours ago", "yesterday"), a weekday ("on
	// Tuesday"), a reading time ("4 min read") and a date after
	// "Updated" or "Published" are cut as a date is: before, "By Jane
	// Smith, 2 hours ago" was stored "Jane Smith; hours ago" (hostile
	// check 50).
	// A weekday alone only after a mark or "on": "Jane Friday" is a name.
	// A slash is such a mark, as a bar is (hostile check 51).
	tagDateRe = lazyre.New(`(?:(?:\s*[|•·,–—/-]\s*|\s+)(?i:(?:on|(?:last\s+)?(?:updated|published|posted)(?:\s+on)?:?)\s+)?(?:` + dateExpr + `|` + tagWhenExpr + `)|(?:\s*[|•·,–—-]\s*|\s+(?i:on)\s+)` + tagWeekdayExpr + `)(?:[^\p{L}\p{N}].*)?$`)
)

// tagWhenExpr is a time an author tag gives after the names that is no
// date: a relative time, a weekday, a reading time.
const (
	tagWhenExpr    = `(?i:(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|yesterday|today|just\s+now|\d+\s*(?:min(?:ute)?s?|hours?)\s+read)\b`
	tagWeekdayExpr = `(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`
)

// accountNameRe is an account's name that a site's software writes as an
// author, in one case ("site user", "guest author"): not read as a
// person's name written all in lower case or in capitals.
var accountNameRe = lazyre.New(`(?i)\b(?:user|users|guest|root|webmaster|anonymous|unknown|author|authors|owner|test|system|default|wordpress|blogger|moderator)\b`)

// oneCaseName is a name written all in capitals or all in lower case
// ("JANE SMITH", "jane smith") with each word's first letter a capital
// and the rest lower case, for the test of a person's name; "" for a name
// written in mixed case. The name is stored as written, and cited by its
// surname and initials (evidence.SplitName).
func oneCaseName(n string) string {
	if n != strings.ToUpper(n) && n != strings.ToLower(n) {
		return ""
	}
	words := strings.Fields(strings.ToLower(n))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}
