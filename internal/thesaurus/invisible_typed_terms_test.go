package thesaurus_test

import (
	"slices"
	"testing"
)

// A term typed or pasted with a character drawn as nothing inside it is
// looked up as a reader sees it, as the search index reads its words:
// "au\u00adtism" was in no entry, so a search for it found autism's items
// but was not widened to ASD, and 'cypx thesaurus' said it was in no entry
// (hostile check 48).
func TestInvisibleCharactersInATypedTermAreLeftOut(t *testing.T) {
	th := load(t)
	for _, typed := range []string{"au\u00adtism", "au\u200btism", "au\ufe0ftism", "au\u2060tism", "\u200bautism\u00ad", "AU\u034fTISM"} {
		x := th.Expand(typed)
		if !slices.Contains(x.Forms, "ASD") {
			t.Errorf("Expand(%q): forms %q, want ASD among them", typed, x.Forms)
		}
		if slices.Contains(x.Forms, "autism") {
			t.Errorf("Expand(%q): forms %q hold the typed term itself", typed, x.Forms)
		}
		if found := th.Find(typed); len(found) == 0 || found[0].Head() != "autism" {
			t.Errorf("Find(%q): %d entries, want autism's first", typed, len(found))
		}
	}
	if x := th.Expand("CAM\u00adHS"); !slices.Contains(x.Forms, "CYPMHS") {
		t.Errorf("Expand(CAM\\u00adHS): forms %q, want CYPMHS", x.Forms)
	}
	// The case rule still reads the term as seen: "E\u00adD" is ED typed
	// in capitals, "e\u00add" a lower-case word.
	if x := th.Expand("E\u00adD"); len(x.Forms) == 0 {
		t.Error("Expand(E\\u00adD): no forms, want ED's")
	}
	if x := th.Expand("e\u00add"); len(x.Forms) > 0 {
		t.Errorf("Expand(e\\u00add): forms %q, want none (lower case)", x.Forms)
	}
	// A term of invisible characters alone is no term: not every entry.
	if found := th.Find("\u00ad\u200b"); len(found) != 0 {
		t.Errorf("Find of invisible characters alone: %d entries, want none", len(found))
	}
}
