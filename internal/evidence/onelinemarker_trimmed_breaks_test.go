package evidence

import "testing"

// TestOneLineBlanksAMarkerAfterATrimmedBreak: a quote marker opening the
// line after a leading break is blanked by OneLine as by OneLineFrom, so a
// result's line and a copy of it agree. Before, OneLine's no-fold path
// trimmed the break first and kept the marker ("\n>0" gave ">0" to a copy,
// "0" to the screen).
func TestOneLineBlanksAMarkerAfterATrimmedBreak(t *testing.T) {
	for _, s := range []string{"\n>0", "\n> 45% waited", "\r\n>> nested", "  \n> a\n"} {
		line, _ := OneLineFrom(s)
		if got := OneLine(s); got != line {
			t.Errorf("OneLine(%q) = %q, OneLineFrom gives %q", s, got, line)
		}
	}
	// A marker on the text's own first line is its block's start, kept.
	if got := OneLine("> 45% waited"); got != "> 45% waited" {
		t.Errorf("OneLine of a first line's marker = %q", got)
	}
}
