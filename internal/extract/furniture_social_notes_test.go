package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestSocialNotesAreFurniture: a blogging network's notes under a post,
// who reblogged it (with what they added) or liked it, are other users'
// engagement, not evidence (every sentence written for this test).
// Before: a reblog line that added a comment was kept as an excerpt.
func TestSocialNotesAreFurniture(t *testing.T) {
	cases := []struct {
		sentence string
		kept     bool
	}{
		{"moorland-youth-forum reblogged this from speakup-fenmoor and added: we raised this at our June meeting, the waits are awful", false},
		{"sleepy-otter-22 reblogged this from speakup-fenmoor", false},
		{"inkandpetals liked this", false},
		{"Young people told us they liked this approach because counsellors saw them within 2 weeks.", true},
	}
	for _, c := range cases {
		body := "## Our campaign\n\nWe asked young people across the borough how long they waited for help at school.\n\n" + c.sentence + "\n"
		var texts []string
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			texts = append(texts, it.Text)
		}
		if got := slices.Contains(texts, c.sentence); got != c.kept {
			t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, got, c.kept, texts)
		}
	}
}
