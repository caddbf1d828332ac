package evidence_test

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
)

func TestPrintableEscapesWhatATerminalWouldActOnOrHide(t *testing.T) {
	cases := map[string]string{
		"plain text, ŵ ŷ, emoji 🙂":                 "plain text, ŵ ŷ, emoji 🙂",
		"tab\tand\nnewline":                        "tab\tand\nnewline",
		"\x1b[31mred":                              `\x1b[31mred`,
		"bell\x07 bs\b cr\r del\x7f":               `bell\a bs\b cr\r del\x7f`,
		"c1 \u009b2J csi":                          `c1 \u009b2J csi`,
		"osc52 \x1b]52;c;aGk=\x07":                 `osc52 \x1b]52;c;aGk=\a`,
		"rlo \u202egnp.exe":                        `rlo \u202egnp.exe`,
		"lrm\u200e rlm\u200f alm\u061c":            `lrm\u200e rlm\u200f alm\u061c`,
		"isolates \u2066a\u2067b\u2068c\u2069":     `isolates \u2066a\u2067b\u2068c\u2069`,
		"zw\u200bsp zwnj\u200c zwj\u200d wj\u2060": `zw\u200bsp zwnj\u200c zwj\u200d wj\u2060`,
		"\ufeffbom":                                `\ufeffbom`,
		"soft\u00adhyphen":                         `soft\u00adhyphen`,
		"tag\U000E0041":                            `tag\U000e0041`,
		"line\u2028sep\u2029":                      `line\u2028sep\u2029`,
		"filler\u3164\u115f":                       `filler\u3164\u115f`,
		"bad \xff\xfe utf8 \xe2\x82":               `bad \xff\xfe utf8 \xe2\x82`,
		"nonchar \uffff":                           `nonchar \uffff`,
	}
	for in, want := range cases {
		got := evidence.Printable(in)
		if got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
		if again := evidence.Printable(got); again != got {
			t.Errorf("escaping twice changed %q to %q", got, again)
		}
	}
	if got := evidence.PrintableLine("a\nb\tc"); got != `a\nb\tc` {
		t.Errorf("PrintableLine = %q", got)
	}
}

// TestPrintableLeavesNothingRaw checks every code point and every byte:
// what comes out is valid UTF-8 with no character Unsafe calls unsafe
// except newline and tab.
func TestPrintableLeavesNothingRaw(t *testing.T) {
	var b strings.Builder
	for r := rune(0); r <= 0x10ffff; r++ {
		if r >= 0xd800 && r <= 0xdfff {
			continue
		}
		b.WriteRune(r)
	}
	for c := 0x80; c <= 0xff; c++ {
		b.WriteByte(byte(c))
	}
	out := evidence.Printable(b.String())
	if !utf8.ValidString(out) {
		t.Fatal("output is not valid UTF-8")
	}
	prev := rune(-1)
	for _, r := range out {
		if evidence.UnsafeAfter(prev, r) && r != '\n' && r != '\t' {
			t.Fatalf("%U left raw after %U", r, prev)
		}
		prev = r
	}
}

// TestPrintableVariationSelectors checks the one character Printable
// judges by its neighbour: a variation selector stays only directly after
// a character it can modify.
func TestPrintableVariationSelectors(t *testing.T) {
	cases := map[string]string{
		// Kept: emoji presentation of a symbol, text presentation, a
		// keycap, an emoji base that is not a symbol, an ideographic
		// variation of a CJK ideograph, a mathematical variant.
		"love \u2764\ufe0f":        "love \u2764\ufe0f",
		"\u2764\ufe0e text heart":  "\u2764\ufe0e text heart",
		"press 1\ufe0f\u20e3":      "press 1\ufe0f\u20e3",
		"info \u2139\ufe0f":        "info \u2139\ufe0f",
		"\u845b\U000e0100 Katsura": "\u845b\U000e0100 Katsura",
		"\u2229\ufe00":             "\u2229\ufe00",
		// Escaped: at the start, after a letter, after a space, repeated,
		// after a control, after another selector, an ideographic
		// selector after an emoji (how data is hidden after one emoji),
		// after an ASCII symbol, after invalid UTF-8.
		"\ufe0fstart":                       `\ufe0fstart`,
		"NHS\ufe0f Providers":               `NHS\ufe0f Providers`,
		"a \ufe0f":                          `a \ufe0f`,
		"\u2764\ufe0f\ufe0f":                "\u2764\ufe0f" + `\ufe0f`,
		"\x1b\ufe0f":                        `\x1b\ufe0f`,
		"\u2764\ufe0e\ufe0f":                "\u2764\ufe0e" + `\ufe0f`,
		"\U0001f642\U000e0100\U000e0101 hi": "\U0001f642" + `\U000e0100\U000e0101 hi`,
		"x\U000e0100":                       `x\U000e0100`,
		"+\ufe0f":                           `+\ufe0f`,
		"\xff\ufe0f":                        `\xff\ufe0f`,
	}
	for in, want := range cases {
		if got := evidence.Printable(in); got != want {
			t.Errorf("Printable(%+q) = %+q, want %+q", in, got, want)
		}
		if got := evidence.Printable(want); got != want {
			t.Errorf("escaping %+q again gave %+q", want, got)
		}
	}
	if !evidence.Unsafe(0xfe0f) || evidence.UnsafeAfter(0x2764, 0xfe0f) || !evidence.UnsafeAfter('a', 0xfe0f) {
		t.Error("Unsafe must refuse a lone selector and UnsafeAfter keep it after a symbol only")
	}
	if evidence.HasUnsafe("\u2764\ufe0f") || !evidence.HasUnsafe("a\ufe0f") {
		t.Error("HasUnsafe must judge a selector by the character before it")
	}
}

// TestPrintableEscapesInvisibleFormatCharacters checks every class of
// character a terminal draws as nothing, at the ends of each range.
func TestPrintableEscapesInvisibleFormatCharacters(t *testing.T) {
	for _, r := range []rune{
		0x180e,                 // Mongolian vowel separator
		0x2060, 0x2061, 0x2064, // word joiner, invisible operators
		0x2065,         // reserved, default ignorable
		0x206a, 0x206f, // deprecated format characters
		0xe0000, 0xe0001, 0xe0020, 0xe007f, 0xe0080, 0xe00ff, 0xe0fff, // tags and the reserved rest of the block
		0xfff0, 0xfff8, // reserved, default ignorable
		0xfff9, 0xfffa, 0xfffb, // interlinear annotation
		0x115f, 0x1160, 0x3164, 0xffa0, // Hangul fillers
		0x2800,                                 // the blank Braille pattern
		0x034f, 0x17b4, 0x17b5, 0x180b, 0x180f, // grapheme joiner, Khmer vowels, Mongolian selectors
		0xfe00, 0xfe0f, 0xe0100, 0xe01ef, // variation selectors after a letter
	} {
		in := "a" + string(r) + "b"
		want := "a" + strings.Trim(strconv.QuoteRuneToASCII(r), "'") + "b"
		if got := evidence.Printable(in); got != want {
			t.Errorf("Printable(%+q) = %q, want %q", in, got, want)
		}
		if got, _ := evidence.CleanLine(in); got != "ab" {
			t.Errorf("CleanLine(%+q) = %+q, want \"ab\"", in, got)
		}
	}
}

func TestCleanLine(t *testing.T) {
	cases := map[string]string{
		"NHS Providers":               "NHS Providers",
		"NHS\nProviders":              "NHS Providers",
		"NHS \r\n\t Providers\n":      "NHS Providers",
		"Evil\x1b]52;c;aGk=\x07 Corp": "Evil Corp",
		// Escape sequences go whole, parameters and all: CSI, C1 CSI, OSC
		// ended by ST, a C1 OSC, DCS, a two-byte ESC c, a charset choice.
		"Gloss \x1b]52;c;ZWNobyBwd24K\x07 \u009b2J \u202e":     "Gloss",
		"A\x1b[1;31mred\x1b[0m B":                              "Ared B",
		"A\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\":   "Alink",
		"A\u009d0;title\u009cB \x1bPq#0\x1b\\C \x1bcD \x1b(BE": "AB C D E",
		// What is not a whole sequence loses its introducer only: the
		// words after it stay.
		"Evil\x1b]52;c;unterminated words":               "Evil52;c;unterminated words",
		"Evil\x1b]0;t\nNext line":                        "Evil0;t Next line",
		"A\x1b[12":                                       "A12",
		"end\x1b":                                        "end",
		"\u202eevil\u200b":                               "evil",
		"bad\xffbyte":                                    "badbyte",
		"Heart \u2764\ufe0f Trust":                       "Heart \u2764\ufe0f Trust",
		"\ufe0fNHS\ufe0f \u2764\ufe0f\ufe0f":             "NHS \u2764\ufe0f",
		"\u2764\x1b[0m\ufe0f":                            "\u2764",
		"\u2764\u200b\ufe0f":                             "\u2764",
		"Pub\n## Fake heading\n[x](javascript:alert(1))": "Pub ## Fake heading [x](javascript:alert(1))",
	}
	for in, want := range cases {
		got, changed := evidence.CleanLine(in)
		if got != want || changed != (in != want) {
			t.Errorf("CleanLine(%q) = %q, %v; want %q", in, got, changed, want)
		}
		if evidence.HasUnsafe(got) {
			t.Errorf("CleanLine(%q) left %q unsafe", in, got)
		}
	}
}
