package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestPlannedCountsAndDecidedPosts: posts a business case asks for
// are a plan, no figure; a business case approved is a decision, and its
// posts a figure again. New teams "expected to" or "planned to" start are
// a plan as "will start" and "are due to start" are. Before (hostile check
// 60), "was approved" posts were no figure and "are expected to start" a
// count. The sentences are written for this test.
func TestPlannedCountsAndDecidedPosts(t *testing.T) {
	for _, c := range []struct {
		sentence string
		figure   bool
	}{
		{"The business case for three additional nurses was approved in June.", true},
		{"The business case for three additional nurses has been agreed by the board.", true},
		{"We ask the board to support a business case for three additional nurses.", false},
		{"Three new school nursing teams will start in April.", false},
		{"Three new school nursing teams are due to start in April.", false},
		{"Three new school nursing teams are expected to start in April.", false},
		{"Three new school nursing teams are planned to open in April.", false},
	} {
		got := false
		for _, f := range extract.Figures(c.sentence) {
			if f.Text == "three" || f.Text == "Three" || f.Text == "three additional nurses" || f.Value == 3 {
				got = true
			}
		}
		if got != c.figure {
			t.Errorf("%s: the three a figure %v, want %v (%v)", c.sentence, got, c.figure, extract.Figures(c.sentence))
		}
	}
}
