package themes_test

import (
	"slices"
	"strings"
	"testing"
)

// TestThemesAreReadThroughFormatCharacters: an invisible format character
// inside a word (a soft hyphen, a zero-width space or joiner, a bidi
// control) leaves the word as a reader sees it, so the item keeps the
// themes its plain spelling has. Before: "wait\u00ading list" was "wait",
// "ing" and "list", and the item lost waiting lists (hostile check 46).
// Written for this test.
func TestThemesAreReadThroughFormatCharacters(t *testing.T) {
	tax := taxonomy(t)
	for _, text := range []string{
		"Children on the waiting list for an autism assessment waited two years.",
		"The workforce plan left school nurses short in every area.",
	} {
		want := tax.Tag(text)
		if len(want) == 0 {
			t.Fatalf("Tag(%q) finds no theme: the test tells nothing", text)
		}
		for _, c := range []string{"\u00ad", "\u200b", "\u200d", "\u2060", "\u200e", "\ufeff", "\u034f", "\ufe0f", "\U000e0100", "\u180b"} {
			// The character inside every word of four letters or more.
			var b strings.Builder
			for _, w := range strings.Fields(text) {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				if len(w) >= 4 {
					w = w[:2] + c + w[2:]
				}
				b.WriteString(w)
			}
			if got := tax.Tag(b.String()); !slices.Equal(got, want) {
				t.Errorf("Tag(%q) = %v, want %v as without %U", b.String(), got, want, []rune(c)[0])
			}
		}
		// Bidi controls around a word.
		if got := tax.Tag("\u202a" + strings.ReplaceAll(text, " ", " \u2066") + "\u202c"); !slices.Equal(got, want) {
			t.Errorf("with bidi controls: %v, want %v", got, want)
		}
	}
}
