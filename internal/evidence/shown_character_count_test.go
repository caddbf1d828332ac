package evidence

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestShownCutsAtACharacterCount: a value shown on the terminal is whole
// up to MaxShownChars characters; longer, its first MaxShownChars
// characters (none split), "…" and its whole length in characters.
func TestShownCutsAtACharacterCount(t *testing.T) {
	if MaxShownChars < max(MaxTitleChars, MaxPublisherChars, MaxURLChars) {
		t.Fatalf("MaxShownChars %d would cut a value cypx check accepts", MaxShownChars)
	}
	whole := strings.Repeat("é", MaxShownChars)
	if got := Shown(whole, MaxShownChars); got != whole {
		t.Errorf("a value of the limit is cut: %d characters", utf8.RuneCountInString(got))
	}
	long := strings.Repeat("é", 5<<20)
	got := Shown(long, MaxShownChars)
	if !utf8.ValidString(got) || !strings.HasSuffix(got, "… (5,242,880 characters)") || !strings.HasPrefix(got, whole+"…") {
		t.Errorf("a 5M-character value shown as %d characters ending %q", utf8.RuneCountInString(got), got[max(0, len(got)-40):])
	}
}
