package evidence_test

import (
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
	for _, r := range out {
		if evidence.Unsafe(r) && r != '\n' && r != '\t' {
			t.Fatalf("%U left raw", r)
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
		"Evil\x1b]52;c;unterminated words": "Evil52;c;unterminated words",
		"Evil\x1b]0;t\nNext line":          "Evil0;t Next line",
		"A\x1b[12":                         "A12",
		"end\x1b":                          "end",
		"\u202eevil\u200b":                 "evil",
		"bad\xffbyte":                      "badbyte",
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
