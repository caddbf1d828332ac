package testtext

import (
	"slices"
	"testing"
)

// TestEveryMakesEachTextOnce: over pieces "a" and "b" and up to three of
// them, Every gives the fifteen texts, each once, every one of the eight
// three-piece texts among them.
func TestEveryMakesEachTextOnce(t *testing.T) {
	got := Every([]string{"a", "b"}, 3)
	if len(got) != 15 {
		t.Fatalf("Every gave %d texts, want 1+2+4+8 = 15: %q", len(got), got)
	}
	seen := map[string]bool{}
	for _, s := range got {
		if seen[s] {
			t.Fatalf("%q made twice", s)
		}
		seen[s] = true
	}
	for _, s := range []string{"", "a", "ba", "aab", "bbb", "bab"} {
		if !seen[s] {
			t.Errorf("%q not made", s)
		}
	}
	if seen["aaaa"] {
		t.Error("a text of four pieces made")
	}
}

// TestBytesSplitsEachByte: an alphabet's bytes, in order, a multi-byte
// letter split too (the tests feed bytes, not runes).
func TestBytesSplitsEachByte(t *testing.T) {
	if got := Bytes("aB1 "); !slices.Equal(got, []string{"a", "B", "1", " "}) {
		t.Errorf("Bytes = %q", got)
	}
	if got := Bytes("é"); len(got) != 2 {
		t.Errorf("Bytes(é) = %q, want its two bytes", got)
	}
}
