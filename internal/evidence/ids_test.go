package evidence

import (
	"strings"
	"testing"
)

// TestPrefixNeverSplitsACharacter: a prefix is cut back to where a
// character starts, and a short text is whole.
func TestPrefixNeverSplitsACharacter(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"abcdef", 3, "abc"},
		{"ab£cd", 3, "ab"}, // £ is two bytes: byte 3 is inside it
		{"ab£cd", 4, "ab£"},
		{"£", 1, ""},
	} {
		if got := Prefix(c.s, c.n); got != c.want {
			t.Errorf("Prefix(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}

// TestItemRefReasons: each malformed item reference is refused with the
// reason that fits it; an id with a second '#' was told "a hash has 4 to 8
// characters", though its hash had eight.
func TestItemRefReasons(t *testing.T) {
	for _, c := range []struct{ ref, reason string }{
		{"src#9c090793#9c090793", "one '#'"},
		{"src#9c0", "a hash has 4 to 8 characters"},
		{"src#9c0907zz", "hexadecimal"},
		{"a/b#9c090793", "not an item id"},
	} {
		_, err := ParseItemRef(c.ref)
		if err == nil || !strings.Contains(err.Error(), c.reason) {
			t.Errorf("ParseItemRef(%q) = %v, want the reason %q", c.ref, err, c.reason)
		}
	}
	if r, err := ParseItemRef("src#9C090793"); err != nil || r.ID() != "src#9c090793" {
		t.Errorf("a whole id: %v, %v", r, err)
	}
}

// TestIDRuleNamesItsLetters: an id is kept to ASCII, and the rule said
// "start with a letter or digit" of "é" and "use letters … only" of
// "café", each a letter; it names the letters it means.
func TestIDRuleNamesItsLetters(t *testing.T) {
	for _, id := range []string{"é", "café", "Ωmega"} {
		err := CheckSourceID(id)
		if err == nil || !strings.Contains(err.Error(), "a-z or A-Z") && !strings.Contains(err.Error(), "use a-z, A-Z") {
			t.Errorf("CheckSourceID(%q) = %v, want the letters named", id, err)
		}
	}
}

// TestItemRefSaysWhatItsHashHolds: a hash that is not all hex digits was
// told its length was wrong first: "w1#f5fb5747." (a full stop pasted
// with it) and "w1＃f5fb" (a full-width '#') heard "a hash has 4 to 8
// characters". The character at fault is named, and a reference with no
// '#' at all is told so.
func TestItemRefSaysWhatItsHashHolds(t *testing.T) {
	for _, c := range []struct{ ref, reason string }{
		{"w1#f5fb5747.", `a hash is hexadecimal digits, not "."`},
		{"w1#f5 fb", `a hash is hexadecimal digits, not " "`}, // blanks around an id are left out (hostile check 62 N15)
		{"w1＃f5fb", "it has no '#'"},
		{"src#9c0", "a hash has 4 to 8 characters"},
	} {
		_, err := ParseItemRef(c.ref)
		if err == nil || !strings.Contains(err.Error(), c.reason) {
			t.Errorf("ParseItemRef(%q) = %v, want the reason %q", c.ref, err, c.reason)
		}
	}
}

// TestCheckItemIDMakesNothing: checking a whole item id allocates nothing
// (the id is not made again to see that it is whole): a basket file of
// 700,000 ids read afresh checks each.
func TestCheckItemIDMakesNothing(t *testing.T) {
	for _, id := range []string{"a-2024#0a9e5eda", "src1.x_y#9c090793", "s#4471e77c-2"} {
		if err := CheckItemID(id); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if n := testing.AllocsPerRun(100, func() { CheckItemID(id) }); n != 0 {
			t.Errorf("CheckItemID(%q) allocates %.0f times", id, n)
		}
	}
}

// TestPastedBlanksAroundAReferenceOnly: a reference typed or pasted with
// blanks around it is read without them (" 22e3", "src#22e3b5b7 "), but
// a basket file's entry holding them is no whole item id: the file is
// written by cypx, and one edited so is said (hostile check 62 N15).
func TestPastedBlanksAroundAReferenceOnly(t *testing.T) {
	for _, ref := range []string{" 22e3", "22e3 ", "\tsrc#22e3b5b7 "} {
		if r, err := ParseItemRef(ref); err != nil || !strings.HasPrefix(r.Hash, "22e3") {
			t.Errorf("ParseItemRef(%q) = %+v, %v", ref, r, err)
		}
	}
	if err := CheckItemID("src#22e3b5b7 "); err == nil {
		t.Error("a basket entry with a blank after it was taken as a whole id")
	}
	if err := CheckItemID("src#22e3b5b7"); err != nil {
		t.Errorf("a whole id refused: %v", err)
	}
}
