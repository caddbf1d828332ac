package evidence

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The explorer's steady form: each grapheme cluster a terminal may draw
// at another width than the layout measures is shown in a form every
// measure agrees on (the layout's grapheme width, the renderer's and
// tmux's, xterm's and VTE's sum of character widths), and what every
// measure agrees on is kept as it is.
func TestSteadyShowsOneWidth(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Emoji sequences: their emoji side by side.
		{"a \U0001F468\u200D\U0001F469\u200D\U0001F467 b", "a \U0001F468\U0001F469\U0001F467 b"},
		{"\U0001F44D\U0001F3FD ok", "\U0001F44D ok"},
		{"\u2764\uFE0F", "\u2764"},
		{"\U0001F469\U0001F3FD\u200D\U0001F4BB", "\U0001F469\U0001F4BB"},
		{"\U0001F3F3\uFE0F\u200D\U0001F308", "\U0001F3F3\U0001F308"},
		// A flag is two cells everywhere; a lone half of one is not.
		{"\U0001F1EC\U0001F1E7", "\U0001F1EC\U0001F1E7"},
		{"\U0001F1ECx", `\U0001f1ecx`},
		// The England flag's tags reach Steady escaped (Printable).
		{Printable("\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"), "\U0001F3F4" + `\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f`},
		// A letter under more than MaxMarks accents keeps MaxMarks and "…".
		{"e" + strings.Repeat("\u0301", 300) + "x", "e" + strings.Repeat("\u0301", MaxMarks) + "…x"},
		{"e\u0301\u0302", "e\u0301\u0302"},
		// A Devanagari syllable is split where the terminal's cells begin.
		{"की", "क\u200bी"},
		{"स्ते", "स्\u200bते"},
		// A Hangul syllable spelt with conjoining jamo: its tail escaped.
		{"\u1100\u1161\u11a8", "\u1100" + `\u1161\u11a8`},
		// A selector or joiner parted from its emoji draws nothing.
		{"\ufe0f it", " it"},
		{"\u200d\U0001F469", "\U0001F469"},
		// A tab is one space.
		{"a\tb", "a b"},
		// Kept: wide CJK, East Asian ambiguous, accented and Thai letters,
		// a precomposed Hangul syllable, a wide emoji, line breaks.
		{"児童 ±½§… é ü ก่ 한국 \U0001F600\nx", "児童 ±½§… é ü ก่ 한국 \U0001F600\nx"},
		{"plain ASCII", "plain ASCII"},
	} {
		got := Steady(c.in)
		if got != c.want {
			t.Errorf("Steady(%+q) = %+q, want %+q", c.in, got, c.want)
		}
		for _, line := range strings.Split(got, "\n") {
			if g, wc := ansi.StringWidth(line), ansi.StringWidthWc(line); g != wc {
				t.Errorf("Steady(%+q): line %+q is %d cells as laid out, %d as drawn", c.in, line, g, wc)
			}
		}
		if again := Steady(got); again != got {
			t.Errorf("Steady(Steady(%+q)) = %+q, want %+q", c.in, again, got)
		}
	}
}

// The Screen functions are the CLI's escaping then Steady: what the CLI
// escapes is escaped alike on the screen, and the CLI's own output is
// unchanged.
func TestScreenFunctionsEscapeAsTheCLIDoes(t *testing.T) {
	in := "Pub\x1b]52;c;aGk=\x07 \U0001F468\u200D\U0001F469\tx\u202e"
	if got, want := ScreenText(in), `Pub\x1b]52;c;aGk=\a `+"\U0001F468\U0001F469 x"+`\u202e`; got != want {
		t.Errorf("ScreenText = %+q, want %+q", got, want)
	}
	if got, want := ScreenLine(in), `Pub\x1b]52;c;aGk=\a `+"\U0001F468\U0001F469"+`\tx\u202e`; got != want {
		t.Errorf("ScreenLine = %+q, want %+q", got, want)
	}
	if got, want := Printable(in), `Pub\x1b]52;c;aGk=\a `+"\U0001F468\u200D\U0001F469\tx"+`\u202e`; got != want {
		t.Errorf("Printable = %+q, want %+q (the CLI's escaping is unchanged)", got, want)
	}
}
