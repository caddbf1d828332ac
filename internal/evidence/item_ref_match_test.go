package evidence

import (
	"errors"
	"strings"
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

// TestOneSentenceInTwoSourcesIsToldByItsWholeID: a hash that two sources'
// items share whole (one sentence in both) is told as such, and the whole
// id asked for; a hash two items merely begin alike asks for more of it.
// Before (hostile check 69 F18), both asked for more of a hash given whole.
func TestOneSentenceInTwoSourcesIsToldByItsWholeID(t *testing.T) {
	ids := []string{"hk-2025#934dc521", "hw-2025#934dc521", "hw-2025#934dc5ff"}
	for ref, want := range map[string]string{
		"934dc521": "the same sentence is in 2 sources, and no more of the hash tells them apart: give the whole id SOURCE#HASH",
		"934DC521": "the same sentence is in 2 sources, and no more of the hash tells them apart: give the whole id SOURCE#HASH",
		"934dc5":   "give more of the hash, or the whole id SOURCE#HASH",
	} {
		_, err := MatchItemRef(ref, ids)
		var amb *AmbiguousRefError
		if !errors.As(err, &amb) || !strings.HasSuffix(err.Error(), want) {
			t.Errorf("MatchItemRef(%q) = %v; want it to end %q", ref, err, want)
		}
	}
	// Listed in part, the ids not shown may hold another hash: only a
	// whole hash given says they cannot.
	part := &AmbiguousRefError{Ref: "934d", IDs: []string{"a#934dc521", "b#934dc521"}, Total: 3}
	if strings.Contains(part.Error(), "same sentence") {
		t.Errorf("a short reference with ids unlisted: %v", part)
	}
}
