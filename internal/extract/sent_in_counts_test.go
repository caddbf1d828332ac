package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestCountsOfWhatPeopleSentIn: a count of questions, ideas or issues
// people sent in, "Governors submitted 14 questions", is a figure, while
// the writer's own questions counted in its prose stay none. Before, every
// count of questions was the writer's.
func TestCountsOfWhatPeopleSentIn(t *testing.T) {
	for s, want := range map[string]string{
		"Governors submitted 14 questions in advance of the meeting.": "14 questions",
		"Parents raised 37 issues at the drop-in sessions.":           "37 issues",
		"The forum received over 120 ideas from young people.":        "120 ideas",
	} {
		found := false
		for _, f := range extract.Figures(s) {
			found = found || f.Text == want || len(f.Text) > len(want) && f.Text[len(f.Text)-len(want):] == want
		}
		if !found {
			t.Errorf("%q: no figure %q in %v", s, want, extract.Figures(s))
		}
	}
	for _, s := range []string{
		"This paper answers 4 questions about waiting times.",
		"We ask four questions in this paper.",
	} {
		if got := extract.Figures(s); len(got) > 0 {
			t.Errorf("%q: read %q as a figure", s, got[0].Text)
		}
	}
}
