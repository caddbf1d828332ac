package thesaurus_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/thesaurus"
)

// TestEveryProblemOfAnEntryIsReported: an entry's problems are each
// reported at its line, not the first alone. Before, a term's invisible
// character hid the gloss's control character, which was cleaned
// unsaid, and a missing gloss hid a missing source (hostile check 47).
func TestEveryProblemOfAnEntryIsReported(t *testing.T) {
	src := "entries:\n" +
		"  - terms: [\"ter\u034fm0a\", other, more]\n" +
		"    gloss: \"Said\u202e here.\"\n" +
		"    source: A book\n" +
		"  - terms: [alone, single]\n" +
		"    note: no gloss, no source\n" +
		"  - terms: [keyed, wrong]\n" +
		"    gloss: \"Bad\u202e gloss.\"\n" +
		"    source: A book\n" +
		"    colour: red\n" +
		"  - terms: [\"only\u034fone\"]\n" +
		"    gloss: \"Bad\u202e gloss.\"\n" +
		"    source: A book\n"
	th, probs := thesaurus.Parse("lib/thesaurus.yaml", []byte(src))
	want := []string{
		"lib/thesaurus.yaml:2: term \"ter\u034fm0a\" holds",
		"lib/thesaurus.yaml:2: entry \"other\": its gloss, source or note holds a control or invisible character",
		"lib/thesaurus.yaml:5: entry \"alone\" needs a gloss",
		"lib/thesaurus.yaml:5: entry \"alone\" needs a source",
		"lib/thesaurus.yaml:10: unknown key \"colour\"",
		"lib/thesaurus.yaml:7: entry \"keyed\": its gloss, source or note holds a control",
		"lib/thesaurus.yaml:11: term \"only\u034fone\" holds",
		"lib/thesaurus.yaml:11: an entry needs terms",
		"lib/thesaurus.yaml:11: the entry: its gloss, source or note holds a control",
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.Error())
	}
	if len(got) != len(want) {
		t.Fatalf("problems:\n%s\nwant %d", strings.Join(got, "\n"), len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i], w) {
			t.Errorf("problem %d = %q, want it to start %q", i, got[i], w)
		}
	}
	if x := th.Expand("other"); len(x.Entries) != 1 || x.Entries[0].Gloss != "Said here." {
		t.Errorf("the entry with a bad term: %+v", x.Entries)
	}
	if x := th.Expand("keyed"); len(x.Entries) != 0 {
		t.Errorf("an entry with an unknown key is left out: %+v", x.Entries)
	}
}
