// Package fit shortens what the explorer and the CLI show to the room it has without
// cutting a number: parts are dropped whole, text is cut between words, and
// a name is shortened before the year beside it. "270,00" for 270,000 or
// "Funding 1…" for 16 is a false figure; nothing at all is not.
package fit

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width is the cells a string takes, styling excluded.
func Width(s string) int { return ansi.StringWidth(s) }

// maxBytesPerCell bounds the bytes of plain text measured for each cell of
// room: no letter, emoji or escape cypx shows takes more (only a stack of
// dozens of combining marks would).
const maxBytesPerCell = 32

// Clip cuts plain text that could not fit in width cells to a prefix of
// at most maxBytesPerCell bytes a cell (at a character's start), so that
// fitting it measures a bounded part of it: a 4 MB publisher was walked
// grapheme by grapheme, twice, for its row in every frame the explorer
// drew (4 s a key press). Text that short enough is returned as it is.
func Clip(s string, width int) string {
	n := (max(width, 0) + 2) * maxBytesPerCell
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Parts joins as many of parts, from the first, as fit in width with sep
// between them. Styled parts are measured without their styling.
func Parts(parts []string, sep string, width int) string {
	out := ""
	for i, p := range parts {
		next := p
		if i > 0 {
			next = out + sep + p
		}
		if Width(next) > width {
			break
		}
		out = next
	}
	return out
}

// Words cuts plain text to width at a word boundary, ending it with "…"
// when anything was left out, so no word — and no number — is cut in two.
// A word wider than the whole width is dropped whole if it holds a digit
// (the result may then be "…"); one without a digit is no number, and is
// cut by character to fill the room left, so that a name of one huge word
// still shows its start. Shorter words are never cut.
func Words(s string, width int) string {
	clipped := Clip(s, width)
	if clipped == s && Width(s) <= width {
		return s
	}
	if width < 1 {
		return ""
	}
	// Each word is measured once (a space always ends a grapheme), not
	// the line so far at each word: labels are fitted by the thousand.
	words := strings.Split(clipped, " ")
	n, used := 0, 0
	for i, w := range words {
		add := Width(w)
		if i > 0 {
			add++
		}
		if used+add+1 > width {
			if room := width - used - (add - Width(w)); Width(w) > width && room > 1 && !strings.ContainsAny(w, "0123456789") {
				return strings.Join(append(words[:n:n], ansi.Truncate(w, room, "…")), " ")
			}
			break
		}
		used += add
		n = i + 1
	}
	return strings.Join(words[:n], " ") + "…"
}

// Name fits "name year" (a publisher and a year, a column code and a
// year) in width: the name is shortened with "…" and the year kept whole,
// or, with no room for both, the year alone; nothing when even it does not
// fit.
func Name(name, year string, width int) string {
	clipped := Clip(name, width)
	if clipped != name {
		// Far too long to fit: only its start is measured.
		name = clipped + "…"
	}
	whole := name + " " + year
	if name == "" {
		whole = year
	}
	if Width(whole) <= width {
		return whole
	}
	if room := width - Width(year) - 1; room >= 2 {
		return ansi.Truncate(name, room, "…") + " " + year
	}
	if Width(year) <= width {
		return year
	}
	return ""
}

// Pad pads s with spaces to width cells.
func Pad(s string, width int) string {
	if n := Width(s); n < width {
		return s + strings.Repeat(" ", width-n)
	}
	return s
}

// Styled cuts a styled string between words, as Words cuts its plain text
// (the string with its styling taken out), keeping the styling of what is
// left.
func Styled(styled string, width int) string {
	plain := ansi.Strip(styled)
	if Width(plain) <= width {
		return styled
	}
	kept := Words(plain, width)
	return ansi.Truncate(styled, Width(kept)-1, "") + "…"
}
