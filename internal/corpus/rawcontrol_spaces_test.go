package corpus_test

import (
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
)

// TestRawControlBetweenSpacesLeavesOneSpace: a control character written
// as it is between two spaces of a front matter's value is dropped by
// the rule that cleans the same character escaped in double quotes
// (evidence.DropFrom, CleanLine's), so the publisher reads the same
// either way and makes no run of spaces it never had. Before, the raw
// form had a rule of its own and read "NHS  Providers" (two spaces)
// where the escaped form read "NHS Providers".
func TestRawControlBetweenSpacesLeavesOneSpace(t *testing.T) {
	body := "---\ntitle: T\ndate: 2024-01-01\ntype: report\n"
	text := "---\nIn 2023, 45% of children waited more than 18 weeks for help here.\n"
	raw, _ := corpus.Parse("sources/raw.md", []byte(body+"publisher: NHS \a Providers\n"+text))
	escaped, _ := corpus.Parse("sources/esc.md", []byte(body+"publisher: \"NHS \\a Providers\"\n"+text))
	want, _ := evidence.CleanLine("NHS \a Providers")
	if raw.Source.Publisher != want || escaped.Source.Publisher != want {
		t.Errorf("publishers raw %q, escaped %q, want both %q", raw.Source.Publisher, escaped.Source.Publisher, want)
	}
	if want != "NHS Providers" {
		t.Errorf("CleanLine gave %q, want one space where a control stood between two", want)
	}
}
