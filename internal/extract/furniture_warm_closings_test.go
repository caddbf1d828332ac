package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestWarmCloseAndSignpost: a forum's mail closes warmly ("We know the
// whole team is under a lot of pressure, and we do want to work with you
// on it.") and a reply sums up before its findings ("The short version is
// that the wait is too long."): neither is evidence a briefing quotes. A
// summing-up with a figure, and a closing that says what pressure did,
// are kept. Written for this test, not taken from a document.
func TestWarmCloseAndSignpost(t *testing.T) {
	cases := []struct {
		name, sentence string
		kept           bool
	}{
		{"pressure and working together", "We know the whole team is under a lot of pressure, and we do want to work with you on it.", false},
		{"pressure alone", "I know you are all under huge pressure.", false},
		{"working together alone", "We really want to work with you on this.", false},
		{"headline signpost", "The short version is that the wait is too long.", false},
		{"headline is that", "The headline is that families are still waiting.", false},
		// Near-misses.
		{"headline with a figure", "The headline is that 61% of families waited more than a year.", true},
		{"pressure with a reason", "We know the service is under pressure because referrals doubled in two years.", true},
		{"a long summing-up", "The headline is that families are waiting far longer than the standard allows, and many have given up asking the service for a date.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := "Dear Sam,\n\nThe new pathway has been agreed by the board.\n\n" + c.sentence + "\n\nKind regards,\nJo\n"
			var texts []string
			for _, it := range extract.Extract(parseBody(t, "P", body)) {
				texts = append(texts, it.Text)
			}
			if got := slices.Contains(texts, c.sentence); got != c.kept {
				t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, got, c.kept, texts)
			}
		})
	}
}
