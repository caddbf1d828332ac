package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestHonAbbreviationEndsNoSentence: a debate's "hon." before a member ends
// no sentence, so the sentence is one item and its figure is read with its
// subject. Before: the sentence was cut after "hon.", and "Member for
// Dunmere told the House that ..." began a sentence of its own.
func TestHonAbbreviationEndsNoSentence(t *testing.T) {
	body := "The hon. Member for Dunmere told the House that 1,300 children in her area wait more than a year.\n"
	var stats []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if it.Kind == evidence.Statistic {
			stats = append(stats, it.Text)
		}
	}
	want := "The hon. Member for Dunmere told the House that 1,300 children in her area wait more than a year."
	if len(stats) != 1 || stats[0] != want {
		t.Errorf("statistics %q, want [%q]", stats, want)
	}
}
