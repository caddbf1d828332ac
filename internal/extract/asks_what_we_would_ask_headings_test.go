package extract_test

import (
	"strings"
	"testing"
)

// TestWhatWeWouldAskHeadingAsks: a heading "What we would ask the
// committee to do" (no colon, "would ask") is a heading of the writer's
// asks: each numbered item under it is an ask, numbered as written, of
// the bodies it names. Before: only the item naming its bodies by "Ask
// ... to" was found, unnumbered.
func TestWhatWeWouldAskHeadingAsks(t *testing.T) {
	for _, h := range []string{"What we would ask the committee to do", "What we are asking the board to do"} {
		body := "## " + h + "\n\n1. Recommend that the ICB publishes waiting times for speech and language therapy every quarter.\n2. Ask the council and Marrowby NHS Trust to agree a joint plan for the longest waits.\n"
		got := recs(t, body)
		if len(got) != 2 || !strings.HasPrefix(got[0], "1|Recommend that the ICB") || !strings.Contains(got[0], "ICBs") || !strings.HasPrefix(got[1], "2|") {
			t.Errorf("under %q: got %q, want both items, numbered, the first asking ICBs", h, got)
		}
	}
	// The writer's own plans under "What we will do" ask no one.
	if got := recs(t, "## What we will do\n\n1. Publish our waiting times every quarter.\n"); len(got) != 0 {
		t.Errorf("the writer's own plan read as an ask: %q", got)
	}
}
