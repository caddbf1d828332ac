package extract_test

import (
	"strings"
	"testing"
)

// TestAgeLimitUpToIsNoFigure: set 34 spent (every sentence written for
// this test). The age a service runs to, written "up to 25" for a group
// ("and up to 25 for young people with an EHC plan", "young people up to
// 19 who ..."), is an age, as "aged up to 25" is; "up to 25 sessions for
// young people" counts sessions and keeps its figure. Before: "up to 25"
// was a figure, the item's only one.
func TestAgeLimitUpToIsNoFigure(t *testing.T) {
	for _, c := range []struct {
		sentence string
		age      string // the text no figure may hold, or ""
		keep     string // a figure's text that must stay, or ""
	}{
		{"Our audiologists see children from birth to 18, and up to 25 for young people with an education, health and care plan, and saw 3,120 children last year.", "25", "3,120"},
		{"The service supports young people up to 19 who have left care, and 46% of them were in work or training in 2024.", "19", "46%"},
		{"The clinic offers up to 25 sessions for young people on its waiting list, and 40% of them used every session.", "", "up to 25"},
	} {
		it := itemOf(t, c.sentence)
		var texts []string
		for _, f := range it.Figures {
			texts = append(texts, f.Text)
		}
		joined := strings.Join(texts, "|")
		if c.age != "" && strings.Contains(joined, c.age) {
			t.Errorf("%s\nfigures %q hold the age %q", c.sentence, texts, c.age)
		}
		if c.keep != "" && !strings.Contains(joined, c.keep) {
			t.Errorf("%s\nfigures %q lack %q", c.sentence, texts, c.keep)
		}
	}
}
