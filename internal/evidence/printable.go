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
// zero-width spaces and joiners, the byte-order mark, soft hyphens,
// invisible operators U+2060–U+2064, the deprecated format characters
// U+206A–U+206F, interlinear annotation U+FFF9–U+FFFB, tag characters);
// line and paragraph separators; the fillers that draw nothing (U+034F,
// U+115F, U+1160, U+17B4, U+17B5, U+180B–U+180F, U+3164, U+FFA0, and the
// blank Braille pattern U+2800, a letter-like blank); the code
// points Unicode reserves as invisible (U+2065, U+FFF0–U+FFF8, the whole
// U+E0000–U+E0FFF block); noncharacters; code points Unicode has not
// assigned (Cn) and those of private use (Co); each byte of invalid UTF-8, as
// \xNN; and a variation selector anywhere but directly after a character
// it can modify (see UnsafeAfter).
func Printable(s string) string { return escape(s, false) }

// ShownOneLine is text as a terminal shows it on one line (a quote in
// `cypx show`, a chart's label, a status message): escaped as Printable
// escapes it, then folded as OneLine folds a copy. NEL, U+2028 and U+2029
// are shown as \u0085, \u2028 and \u2029, as every screen shows them and
// as any other C1 control or format character is shown; a copy of the
// same text has a space for each, the line break it is (IsLineBreak).
// Before, the fold came first, and a screen showed them as spaces where
// another showed them escaped.
func ShownOneLine(s string) string { return OneLine(Printable(s)) }

// ShownQuote is an item's text as a terminal shows it on one line:
// QuoteLine of its printable form.
func ShownQuote(s string) string { return QuoteLine(Printable(s)) }

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
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
			r = -1
		case UnsafeAfter(prev, r) && !joinsEmojiAt(s, i+size, prev, r) && (oneLine || r != '\n' && r != '\t'):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		prev = r
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
		if r == utf8.RuneError && size == 1 {
			return false
		}
		if prev := prevRune(s, i); UnsafeAfter(prev, r) && !joinsEmojiAt(s, i+size, prev, r) {
			return false
		}
		i += size
	}
	return true
}

// zwj is the zero-width joiner.
const zwj = 0x200d

// joinsEmojiAt reports a zero-width joiner r, after prev and before the
// character at s[next], that joins two emoji into one picture ("👨‍👩",
// U+1F468 U+200D U+1F469, a family): part of one grapheme, drawn as one
// emoji two cells wide, not an invisible character. It was escaped as
// "\u200d" in a theme's label, and such a label was refused by
// themes.yaml's check (hostile check 56). A joiner anywhere else (between
// letters, at an end, doubled) stays unsafe.
func joinsEmojiAt(s string, next int, prev, r rune) bool {
	if r != zwj || next >= len(s) {
		return false
	}
	after, _ := utf8.DecodeRuneInString(s[next:])
	return (pictographic(prev) || prev == 0xfe0f || prev >= 0x1f3fb && prev <= 0x1f3ff) && pictographic(after)
}

// pictographic reports a character of the blocks emoji are drawn from:
// the symbols and pictographs of U+1F000–U+1FAFF and the older symbols
// that have emoji forms (U+2300–U+23FF, U+2600–U+27BF, U+2B00–U+2BFF),
// in outline of Unicode's Extended_Pictographic, which Go's tables lack.
// An emoji modifier (a skin tone) is not one: it ends an emoji.
func pictographic(r rune) bool {
	switch {
	case r >= 0x1f3fb && r <= 0x1f3ff:
		return false
	case r >= 0x1f000 && r <= 0x1faff:
		return true
	}
	return r >= 0x2300 && r <= 0x23ff || r >= 0x2600 && r <= 0x27bf || r >= 0x2b00 && r <= 0x2bff
}

// prevRune is the character before s[i], or -1 at the start or after
// invalid UTF-8.
func prevRune(s string, i int) rune {
	if i == 0 {
		return -1
	}
	r, size := utf8.DecodeLastRuneInString(s[:i])
	if r == utf8.RuneError && size <= 1 {
		return -1
	}
	return r
}

// Unsafe reports whether a character must never reach a terminal as it
// is (see Printable). Newline and tab are unsafe here: callers that keep
// them say so. A variation selector is unsafe on its own; UnsafeAfter
// keeps one where it modifies the character before it.
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
		0x2028, 0x2029, 0x2800, 0x3164, 0xffa0:
		// U+2800 is a symbol (So), not a filler, but draws blank: a
		// name or a title of it spoofs like U+3164.
		return true
	}
	if r&0xfffe == 0xfffe || r >= 0xfdd0 && r <= 0xfdef {
		return true // noncharacters
	}
	switch {
	case isVariationSelector(r):
		return true
	case r == 0x2065, r >= 0xfff0 && r <= 0xfff8, r >= 0xe0000 && r <= 0xe0fff:
		// Reserved as Default_Ignorable_Code_Point: a terminal draws
		// nothing for them, today's tag characters among them.
		return true
	}
	if unicode.Is(unicode.Cf, r) {
		return true
	}
	return r >= 0x0378 && unassignedOrPrivate(r)
}

// unassignedOrPrivate reports a code point no text means as a character
// of its own: one Unicode has not assigned (Cn, in the tables cypx was
// built with: a later Unicode may make it a format character a terminal
// acts on) or one of private use (Co, a glyph only a font of the
// writer's knows). Go's table C holds the unassigned code points too, so
// the assigned ones are named by their categories. Before (hostile check 86, F8), a title holding U+0378
// or U+E000 reached the terminal raw and `cypx check` accepted it.
func unassignedOrPrivate(r rune) bool {
	return unicode.Is(unicode.Co, r) || !unicode.In(r, unicode.L, unicode.P, unicode.Z, unicode.S, unicode.N, unicode.M, unicode.Cc, unicode.Cf, unicode.Cs)
}

// Ignorable reports a character that is drawn as nothing and that a
// reader does not see inside a word: Unicode's format characters (Cf: a
// soft hyphen, zero-width spaces and joiners, bidi controls), its other
// default-ignorable code points (the combining grapheme joiner U+034F,
// the Hangul fillers) and the variation selectors (U+FE00-U+FE0F,
// U+E0100-U+E01EF, the Mongolian U+180B-U+180F). The search index and the
// theme tagger read words without them: "wai\u034fting" is "waiting".
func Ignorable(r rune) bool {
	return unicode.In(r, unicode.Cf, unicode.Other_Default_Ignorable_Code_Point, unicode.Variation_Selector)
}

// WithoutIgnorable is s without its Ignorable characters: a word as a
// reader sees it, the one rule the measure keys, the theme tagger and the
// thesaurus read words by ("au\u00adtism" is "autism").
func WithoutIgnorable(s string) string {
	if strings.IndexFunc(s, Ignorable) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if Ignorable(r) {
			return -1
		}
		return r
	}, s)
}

// UnsafeAfter is Unsafe for r following prev (-1 at the start of a text
// or after invalid UTF-8). A variation selector is safe only directly after
// a character it can modify, where it chooses how that one character is
// drawn (❤ U+FE0F: the red emoji heart). Anywhere else — at the start,
// after a letter, after another selector, after a control — it draws
// nothing and could carry hidden data (a run of selectors after one emoji
// can spell out a whole message), so it is escaped like any other
// invisible character.
func UnsafeAfter(prev, r rune) bool {
	if isVariationSelector(r) {
		return !varies(prev, r)
	}
	return Unsafe(r)
}

// isVariationSelector reports the variation selectors VS1–VS16
// (U+FE00–U+FE0F) and VS17–VS256 (U+E0100–U+E01EF). The Mongolian free
// variation selectors (U+180B–U+180D, U+180F) stay unsafe everywhere.
func isVariationSelector(r rune) bool {
	return r >= 0xfe00 && r <= 0xfe0f || r >= 0xe0100 && r <= 0xe01ef
}

// varies reports whether the selector vs can modify base, following
// Unicode's variation sequences in outline: text or emoji presentation
// (VS15, VS16) of a symbol outside ASCII or of a keycap or emoji base
// that is not a symbol; VS1–VS14 of a mathematical symbol or a CJK
// ideograph; the ideographic selectors VS17–VS256 of a CJK ideograph.
func varies(base, vs rune) bool {
	if base < 0 {
		return false
	}
	han := unicode.Is(unicode.Han, base) && unicode.IsLetter(base)
	switch {
	case vs >= 0xe0100:
		return han
	case vs < 0xfe0e:
		return han || base >= 0xa0 && unicode.Is(unicode.Sm, base)
	}
	switch base {
	case '#', '*', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', // keycaps
		0x203c, 0x2049, 0x2139, 0x3030, 0x303d: // ‼ ⁉ ℹ 〰 〽
		return true
	}
	return base >= 0xa0 && unicode.In(base, unicode.So, unicode.Sm, unicode.Sc, unicode.Sk)
}

// TextControl reports a control character no document's text holds as a
// character of it: C0 but tab and the line breaks (IsLineBreak), DEL, and
// C1 but NEL (a line break). The importers drop them from a body and
// `cypx check` names a source's line holding one; other unsafe characters
// (a bidi mark, a zero-width joiner) can be a language's own and stay.
func TextControl(r rune) bool {
	switch {
	case r == '\t' || IsLineBreak(r):
		return false
	case r < 0x20 || r == 0x7f:
		return true
	}
	return r >= 0x80 && r < 0xa0
}

// BodyControl reports a control character a body's text must not hold:
// TextControl's, and the controls a text file may read as line breaks
// but that no document's text writes as one, and a terminal or the
// explorer shows otherwise: NEL (U+0085, a C1 control), the vertical tab
// and the form feed, and the Unicode line and paragraph separators
// (U+2028, U+2029). The importers turn each into a line break; `cypx
// check` names a source's line holding one. Before (hostile check 86,
// F5), the check passed them over.
func BodyControl(r rune) bool {
	return TextControl(r) || r == 0x85 || r == '\v' || r == '\f' || r == 0x2028 || r == 0x2029
}

// NoCharacter reports a code point no document's text holds as a
// character: a noncharacter (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF), one
// Unicode has not assigned, one of private use (an icon font's glyph,
// drawn by no other font), or a format character Unicode deprecates or
// keeps for a program's own use (DeprecatedFormat). The importers drop
// them from a body and `cypx check` names a source's line holding one, as
// it does a field's. The other invisible characters cypx shows escaped
// (a bidi mark such as U+200E or U+061C, a joiner, the combining grapheme
// joiner, a zero-width space, a soft hyphen, a word joiner, the invisible
// mathematical operators U+2061–U+2064, a variation selector, the
// Mongolian vowel separator, a tag, a Hangul filler, the blank braille
// pattern) can be a language's own, a notation's or an emoji's (the
// England flag is spelt with tags) and stay, unnamed. Before (hostile
// check 88, K1), a body's were shown escaped and the check passed them
// over; the deprecated ones joined them after hostile check 89 (K2).
func NoCharacter(r rune) bool {
	return r&0xfffe == 0xfffe && r > 0xff || r >= 0xfdd0 && r <= 0xfdef || r >= 0x0378 && unassignedOrPrivate(r) || DeprecatedFormat(r)
}

// DeprecatedFormat reports a format character no text should hold:
// Unicode's deprecated ones (U+206A–U+206F, the Khmer inherent vowels
// U+17B4 and U+17B5), its interlinear annotation marks (U+FFF9–U+FFFB,
// for a program's own use, never for interchange), and U+FEFF, which
// within a text is the byte-order mark of a file joined to another
// (a file's first, its encoding's mark, is read as such before).
func DeprecatedFormat(r rune) bool {
	return r >= 0x206a && r <= 0x206f || r == 0x17b4 || r == 0x17b5 || r >= 0xfff9 && r <= 0xfffb || r == 0xfeff
}

// BidiControl reports a bidirectional embedding, override or isolate
// (U+202A–U+202E, U+2066–U+2069): a terminal showing text that holds one
// shows what follows it reordered (the "Trojan source" trick), and
// cypx shows it escaped. The importers drop them from a body, and `cypx
// check` names a source's line holding one, as it does a field's. The
// marks U+200E, U+200F and U+061C, which a right-to-left language's text
// holds, are not among them.
func BidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// HasUnsafe reports whether metadata holds a character Printable would
// escape, or a line break or tab: a one-line field such as a title or a
// publisher must hold neither.
func HasUnsafe(s string) bool { return !safe(s, true) }

// CleanLine makes a one-line field safe to store: folded to one line by
// OneLine's rule (a line break with the blanks around it, or a tab, one
// space; blanks at the ends gone), escape sequences gone whole (see
// SequenceEnd), every other unsafe character and any invalid UTF-8
// dropped (with one space beside it where spaces stand on both sides, so
// dropping makes no run of spaces). It reports whether anything changed.
// Runs of spaces and no-break spaces are kept as written, as they are in a
// field that needs no cleaning: a publisher cleaned of a control character is the same
// publisher, byte for byte, as it is written elsewhere (primary sources
// are found by comparing publishers). It was strings.Fields, which made
// "NHS  Providers\a" "NHS Providers", no longer the "NHS  Providers" of
// the report it covers.
func CleanLine(s string) (string, bool) {
	if safe(s, true) {
		return s, false
	}
	return OneLine(DropFrom(s, UnsafeAfter)), true
}

// CleanURL is CleanLine for an address: a line break set inside it is
// where it was wrapped ("https://ex.org/long-\u2028path"), so the break and
// the blanks beside it are taken out, not made a space, as no address
// holds one. Before, a U+2028 or NEL in a url became a space, stored and
// percent-encoded as "%20" in every link (hostile check 47). A space typed
// in the address is kept, for the link to encode.
func CleanURL(s string) (string, bool) {
	if !strings.ContainsFunc(s, IsLineBreak) {
		return CleanLine(s)
	}
	var b strings.Builder
	for _, part := range strings.FieldsFunc(s, IsLineBreak) {
		part = strings.Trim(part, " \t")
		// A line that opens an address of its own is a second address,
		// not the first one's continuation: joined, the two made one
		// false url ("https://ex.org/a" over "https://ex.org/b" was
		// "https://ex.org/ahttps://ex.org/b": hostile check 51). It is
		// kept apart by a space, for the url's check to tell (OtherAddress).
		if b.Len() > 0 && StartsAddress(part) {
			b.WriteByte(' ')
		}
		b.WriteString(part)
	}
	clean, _ := CleanLine(b.String())
	return clean, true
}

// StartsAddress reports whether s opens as a web address of its own:
// "http://", "https://" or "www.", in any case.
func StartsAddress(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.")
}

// OtherAddress returns the first word after a blank in u that opens a web
// address of its own (StartsAddress), or "": a url holding one is two
// addresses, never one link ("https://ex.org/a https://ex.org/b").
func OtherAddress(u string) string {
	words := strings.Fields(u)
	for i := 1; i < len(words); i++ {
		if StartsAddress(words[i]) {
			return words[i]
		}
	}
	return ""
}

// CleanField is a source's metadata field cleaned by its field's rule, as
// every path that stores one cleans it (a front matter, an import):
// CleanURL for the url, CleanAuthorLine for the author, CleanLine for the
// rest. It reports whether anything changed, for the caller to warn of.
func CleanField(field, v string) (string, bool) {
	switch field {
	case "url":
		return CleanURL(v)
	case "author":
		return CleanAuthorLine(v)
	}
	return CleanLine(v)
}

// CleanFoldedURL is CleanURL for an address YAML folded: written over
// several lines of a front matter, it reaches cypx with a space where each
// line break was, and as no address holds a space, each space in it is
// read as the break it stands for and taken out by CleanURL's rule. Before,
// "https://ex.org/cyp-" over "  waits" was stored "https://ex.org/cyp-
// waits" and linked as "cyp-%20waits" (hostile check 49). An address
// written on one line keeps a space typed in it (CleanURL).
//
// A folded line that opens an address of its own is a second address and
// stays apart (CleanURL), so it reports a change only where a fold was
// taken out.
func CleanFoldedURL(s string) (string, bool) {
	clean, _ := CleanURL(strings.ReplaceAll(s, " ", "\n"))
	return clean, clean != s
}

// DropFrom is CleanLine's rule of dropping, for callers that choose what
// to drop: the characters drop reports (given the character before them),
// escape sequences whole (see SequenceEnd) and invalid UTF-8 go, each with
// one space beside it where spaces stand on both sides, so that dropping
// makes no run of spaces the text never had ("Pub \a lisher" is "Pub
// lisher", not "Pub  lisher"); tabs and line breaks are kept for the
// caller to fold. A front matter's raw controls are dropped by it too,
// so a field reads the same whichever way its control was written.
func DropFrom(s string, drop func(prev, r rune) bool) string {
	var b strings.Builder
	prev := rune(-1)
	dropped := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		// gap: something was dropped after a space, so a space after it
		// would make a run the field never had.
		gap := strings.HasSuffix(b.String(), " ")
		switch {
		case r == '\t' || IsLineBreak(r):
			b.WriteRune(r)
		case r == 0x1b || r >= 0x90 && r <= 0x9f:
			i, prev = SequenceEnd(s, i), r
			dropped = gap
			continue
		case r == utf8.RuneError && size == 1:
			r, dropped = -1, gap
		case drop(prev, r) && !joinsEmojiAt(s, i+size, prev, r):
			// A joiner between two emoji is part of one picture, kept
			// as safe keeps it: a field cleaned of another character
			// kept its family whole (hostile check 90, A3: "👨‍👩‍👧"
			// became three people when a zero-width space was dropped
			// beside it).
			dropped = gap
		case r == ' ' && dropped:
			dropped = false
		default:
			b.WriteRune(r)
			dropped = false
		}
		prev = r
		i += size
	}
	return b.String()
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
// with it (an author field drops its text too: UnterminatedText). At any
// other character it returns the end of that character. CleanLine drops
// what it spans; the extractor reads no figure inside it.
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

// Sequences are the escape sequences of s, each whole from its
// introducer (ESC, or a C1 control) to its end (SequenceEnd), sorted and
// apart, those that follow one another joined into one: what a terminal
// takes as one unit and draws nothing of. A reading of a damaged body's
// words reads each as none of them: the semicolons of "\x1b]52;c;…\a" or
// the stop in an OSC title are the sequence's, never the text's clause or
// sentence boundaries. Nil when s holds none.
func Sequences(s string) []Marker {
	var out []Marker
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != 0x1b && (c != 0xc2 || i+1 >= len(s) || s[i+1] < 0x80 || s[i+1] > 0x9f) {
			continue
		}
		end := SequenceEnd(s, i)
		if n := len(out); n > 0 && out[n-1].End == i {
			out[n-1].End = end
		} else {
			out = append(out, Marker{i, end})
		}
		i = end - 1
	}
	return out
}

// UnterminatedText returns the text of the escape sequence that starts at
// s[i] (ESC or a C1 introducer) when SequenceEnd finds it unterminated,
// as the offsets [from, to) after its introducer, else from == to: a
// control string's (OSC, DCS, SOS, PM, APC) up to the line break or
// control character that cut it short, or the end; a control sequence's
// parameters and intermediates, with no final byte after them; an
// escape's intermediates. ESC and its C1 control are read alike. A
// terminal shows no text of a control string, so in an author field it
// is no name (AuthorBreaks drops it).
func UnterminatedText(s string, i int) (from, to int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	j := i + size
	str, csi := false, false
	switch {
	case r == 0x1b && j < len(s) && s[j] == '[':
		csi, j = true, j+1
	case r == 0x1b && j < len(s) && strings.IndexByte("]PX^_", s[j]) >= 0:
		str, j = true, j+1
	case r == 0x9b:
		csi = true
	case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f:
		str = true
	case r != 0x1b:
		return j, j // no sequence
	}
	if SequenceEnd(s, i) != j {
		return j, j // whole
	}
	k := j
	switch {
	case str:
		for k < len(s) {
			c, n := utf8.DecodeRuneInString(s[k:])
			if c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || IsLineBreak(c) {
				break
			}
			k += n
		}
	case csi:
		for k < len(s) && s[k] >= 0x30 && s[k] <= 0x3f {
			k++
		}
		fallthrough
	default:
		for k < len(s) && s[k] >= 0x20 && s[k] <= 0x2f {
			k++
		}
	}
	return j, k
}

// dropUnterminated is s without the text of each unterminated escape
// sequence in it (UnterminatedText), its introducer kept for CleanLine
// to drop and its caller to warn of.
func dropUnterminated(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r == 0x1b || r >= 0x90 && r <= 0x9f }) {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != 0x1b && (r < 0x90 || r > 0x9f) {
			i += size
			continue
		}
		from, to := UnterminatedText(s, i)
		if from == to {
			i = max(SequenceEnd(s, i), i+size)
			continue
		}
		b.WriteString(s[last:from])
		last, i = to, to
	}
	b.WriteString(s[last:])
	return b.String()
}
