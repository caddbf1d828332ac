package evidence

import (
	"errors"
	"testing"
)

// TestMatchItemRefPicksTheOneIDNamed: a whole id names itself before an id
// whose hash it begins (a text repeated in its source, "-2"); a hash alone
// that begins both is ambiguous, naming them; a source typed in capitals is
// the source; a source not among the ids matches nothing.
func TestMatchItemRefPicksTheOneIDNamed(t *testing.T) {
	ids := []string{"pond-survey#4471e77c", "pond-survey#4471e77c-2", "reed-notes#90ab12cd"}
	for ref, want := range map[string]string{
		"pond-survey#4471e77c":   "pond-survey#4471e77c",
		"POND-SURVEY#4471E77C-2": "pond-survey#4471e77c-2",
		"90ab":                   "reed-notes#90ab12cd",
		"Reed-Notes#90AB1":       "reed-notes#90ab12cd",
		"pond-survey#90ab":       "",
		"beef":                   "",
	} {
		if got, err := MatchItemRef(ref, ids); got != want || err != nil {
			t.Errorf("MatchItemRef(%q) = %q, %v; want %q", ref, got, err, want)
		}
	}
	var amb *AmbiguousRefError
	if _, err := MatchItemRef("4471e77c", ids); !errors.As(err, &amb) || amb.Total != 2 || len(amb.IDs) != 2 {
		t.Errorf("MatchItemRef(4471e77c) = %v; want both ids as ambiguous", err)
	}
	if _, err := MatchItemRef("x#12", ids); err == nil {
		t.Error("MatchItemRef(x#12): want the id rule's refusal")
	}
}
