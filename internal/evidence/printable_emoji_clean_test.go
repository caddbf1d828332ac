package evidence

import "testing"

// TestCleaningKeepsAnEmojisJoiners: a field cleaned of a zero-width space
// keeps the joiners of an emoji sequence beside it, which safe keeps in a
// field holding nothing else; a joiner between letters still goes.
// Before (hostile check 90, A3), the family became three people.
func TestCleaningKeepsAnEmojisJoiners(t *testing.T) {
	for in, want := range map[string]string{
		"Family \U0001F468\u200d\U0001F469\u200d\U0001F467 report\u200b": "Family \U0001F468\u200d\U0001F469\u200d\U0001F467 report",
		"Fam\u200dily report\u200b":                                      "Family report",
	} {
		if got, changed := CleanLine(in); got != want || !changed {
			t.Errorf("CleanLine(%q) = %q, %v; want %q, true", in, got, changed, want)
		}
	}
}
