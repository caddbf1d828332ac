package evidence

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// The explorer lays its panes out by the width the layout library
// measures (grapheme clusters, ansi.StringWidth); Bubble Tea's renderer
// places each cluster by the sum of its characters' widths (wcwidth), as
// terminals without Unicode's grapheme mode (tmux, xterm, VTE) draw it.
// Where the two differ, a line is wider or narrower on the screen than
// the layout made it and a pane's right border is pushed off or drawn
// early: a family emoji (three emoji and two joiners) measured 2 cells
// and was placed over 6, a thumbs-up with a skin tone 2 and 4, a heart
// with the emoji selector 2 and 1, a Devanagari syllable "की" 1 and 2
// (issue 15). The Screen functions are the escaping functions for the
// explorer: text escaped as the CLI escapes it (Printable, PrintableLine,
// ShownOneLine, ShownQuote), then made Steady.

// ScreenText is Printable for the explorer's screens (see Steady).
func ScreenText(s string) string { return Steady(Printable(s)) }

// ScreenLine is PrintableLine for the explorer's screens (see Steady).
func ScreenLine(s string) string { return Steady(PrintableLine(s)) }

// ScreenOneLine is ShownOneLine for the explorer's screens (see Steady).
func ScreenOneLine(s string) string { return Steady(ShownOneLine(s)) }

// ScreenQuote is ShownQuote for the explorer's screens (see Steady).
func ScreenQuote(s string) string { return Steady(ShownQuote(s)) }

// MaxMarks is how many combining marks (characters that draw no cell of
// their own: accents, vowel signs, joiners) a character is shown with.
// Terminals keep a few on a cell and treat more each their own way (tmux
// keeps 21 bytes, xterm two, others draw the rest on cells of their own),
// so a letter under 300 accents is shown with its first MaxMarks and "…".
const MaxMarks = 4

// zwsp is the zero-width space: a grapheme cluster ends before and after
// it, and it draws nothing.
const zwsp = "\u200b"

// Steady is text escaped for the screen (Printable) in a form every
// common terminal draws at the width cypx measures, so that no line of a
// pane is wider or narrower than its border:
//
//   - an emoji sequence is shown as the emoji it joins, side by side,
//     without the joiners, skin tones and presentation selectors that
//     make a terminal draw it at one width or another ("👨‍👩‍👧" as
//     "👨👩👧", "👍🏽" as "👍", "❤️" as "❤");
//   - a character with more than MaxMarks combining marks is shown with
//     its first MaxMarks and "…";
//   - a tab is shown as one space;
//   - a cluster a terminal draws character by character although it is
//     one letter (a Devanagari syllable with a vowel sign, a conjunct) is
//     split by zero-width spaces where the terminal's cells begin, which
//     draws the same characters at the width cypx measures;
//   - what is left of another width (a lone regional indicator, a flag's
//     half; a Hangul syllable spelt with conjoining vowels and finals) is
//     shown escaped, as \U0001f1ec.
//
// Everything else, letters and wide CJK characters and emoji drawn alike
// everywhere among them, is kept. Steady of its own result changes
// nothing.
func Steady(s string) string {
	if steadyASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for s != "" {
		c, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if c == "" {
			// Not reached: a cluster holds at least one byte.
			b.WriteString(s)
			break
		}
		s = s[len(c):]
		steadyCluster(&b, c, w)
	}
	return b.String()
}

// steadyASCII reports text of printable ASCII and line breaks alone, which
// every measure agrees on.
func steadyASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '\t' {
			return false
		}
	}
	return true
}

// steadyCluster writes the grapheme cluster c (of width w as the layout
// measures it) in its steady form.
func steadyCluster(b *strings.Builder, c string, w int) {
	switch {
	case c == "\t":
		b.WriteByte(' ')
		return
	case c == "\u200d" || c == "\ufe0e" || c == "\ufe0f":
		// A joiner or presentation selector on its own, parted from
		// the emoji it was written after (a styled span ends between
		// them): it draws nothing here, and a selector after a styling
		// widens the emoji in some terminals and not in others.
		return
	case steadyPiece(c, w):
		b.WriteString(c)
		return
	}
	// An emoji sequence: its emoji, without what joins or varies them.
	if strings.ContainsFunc(c, emojiGlue) {
		if bare := strings.Map(func(r rune) rune {
			if emojiGlue(r) {
				return -1
			}
			return r
		}, c); bare != "" && bare != c {
			b.WriteString(Steady(bare))
			return
		}
	}
	base, size := utf8.DecodeRuneInString(c)
	if marks := zeroWidthAfter(c[size:]); marks > MaxMarks {
		b.WriteString(Steady(keepMarks(c, base, size)))
		return
	}
	// One letter the terminal draws cell by cell: split where each of
	// its cells begins.
	if pieces := cells(c); len(pieces) > 1 {
		ok := true
		for _, p := range pieces {
			if !steadyPiece(p, ansi.StringWidth(p)) {
				ok = false
				break
			}
		}
		if ok {
			b.WriteString(strings.Join(pieces, zwsp))
			return
		}
	}
	// Whatever is left: its first character if it is steady alone, the
	// rest escaped.
	first := c[:size]
	if steadyPiece(first, ansi.StringWidth(first)) {
		b.WriteString(first)
	} else {
		writeEscaped(b, base)
	}
	for _, r := range c[size:] {
		writeEscaped(b, r)
	}
}

// steadyPiece reports a cluster every measure gives the same width: the
// layout's (w), the renderer's and a terminal's (the sum of its
// characters'), with at most MaxMarks combining marks and no regional
// indicator (a flag's half: one cell in most terminals, two in others).
func steadyPiece(c string, w int) bool {
	if w != ansi.StringWidthWc(c) {
		return false
	}
	base, size := utf8.DecodeRuneInString(c)
	if regionalIndicator(base) && c == string(base) || hangulJamoTail(base) {
		return false
	}
	return zeroWidthAfter(c[size:]) <= MaxMarks
}

// regionalIndicator reports the letters flags are spelt with (🇬 🇧).
func regionalIndicator(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

// hangulJamoTail reports a conjoining Hangul vowel or final consonant
// (U+1160–U+11FF, U+D7B0–U+D7FF): a syllable spelt with them takes one
// wide cell in some terminals and more in others, and alone each is drawn
// as nothing by some and as a cell by the rest.
func hangulJamoTail(r rune) bool { return r >= 0x1160 && r <= 0x11ff || r >= 0xd7b0 && r <= 0xd7ff }

// emojiGlue reports what joins, varies or tones an emoji: the zero-width
// joiner, the presentation selectors VS15 and VS16, the skin tones.
func emojiGlue(r rune) bool {
	return r == zwj || r == 0xfe0e || r == 0xfe0f || r >= 0x1f3fb && r <= 0x1f3ff
}

// zeroWidthAfter counts the characters of s that take no cell of their
// own.
func zeroWidthAfter(s string) int {
	n := 0
	for _, r := range s {
		if ansi.StringWidthWc(string(r)) == 0 {
			n++
		}
	}
	return n
}

// keepMarks is the cluster c (whose first character base is size bytes)
// with its first MaxMarks zero-width characters and "…" for the rest.
func keepMarks(c string, base rune, size int) string {
	var b strings.Builder
	b.WriteString(c[:size])
	n := 0
	for _, r := range c[size:] {
		if ansi.StringWidthWc(string(r)) == 0 {
			if n++; n > MaxMarks {
				continue
			}
		}
		b.WriteRune(r)
	}
	b.WriteString("…")
	return b.String()
}

// cells splits the cluster c before each character that takes a cell of
// its own, the terminal's cells.
func cells(c string) []string {
	var pieces []string
	start := 0
	for i, r := range c {
		if i > 0 && ansi.StringWidthWc(string(r)) > 0 {
			pieces = append(pieces, c[start:i])
			start = i
		}
	}
	return append(pieces, c[start:])
}

// writeEscaped writes r as Printable escapes a character: \u0301,
// \U0001f1ec.
func writeEscaped(b *strings.Builder, r rune) {
	q := strconv.QuoteRuneToASCII(r)
	b.WriteString(q[1 : len(q)-1])
}
