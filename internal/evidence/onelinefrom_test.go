package evidence

import "testing"

// OneLineFrom folds as OneLine does, and says where each byte came from:
// the byte itself where it is kept, a folded run's first blank.
func TestOneLineFromIsOneLineWithItsOffsets(t *testing.T) {
	for _, s := range []string{"", " a\tb \r\n c\u2028d  é ", "45%  of\u00a0children", "\n\n", "x\u0085\u0085y"} {
		line, from := OneLineFrom(s)
		if line != OneLine(s) || len(from) != len(line) {
			t.Fatalf("OneLineFrom(%q) = %q with %d offsets, OneLine %q", s, line, len(from), OneLine(s))
		}
		for k := range line {
			if c := s[from[k]]; c != line[k] && !(line[k] == ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xc2 || c == 0xe2)) {
				t.Errorf("OneLineFrom(%q): byte %d %q from %d (%q)", s, k, line[k], from[k], c)
			}
		}
	}
	if _, from := OneLineFrom(" a \n b"); len(from) != 3 || from[0] != 1 || from[1] != 2 || from[2] != 5 {
		t.Errorf("offsets of \" a \\n b\": %v, want [1 2 5]", from)
	}
}
