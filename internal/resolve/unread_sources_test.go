package resolve

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// A source file skipped for a problem is named by its id with its first
// problem; a missing item of it is unread, not removed, and an item of a
// source that is not there at all keeps the old reason.
func TestSkippedSourceMakesItsItemsUnread(t *testing.T) {
	skipped := SkippedSources([]corpus.Problem{
		{File: "sources/Kite-2024.md", Line: 4, Message: "front matter: bad", Skipped: true},
		{File: "sources/Kite-2024.md", Line: 9, Message: "a second problem", Skipped: true},
		{File: "sources/ok.md", Line: 2, Message: "a warning only"},
	})
	if len(skipped) != 1 || skipped["kite-2024"] != "sources/Kite-2024.md:4: front matter: bad" {
		t.Fatalf("skipped %v", skipped)
	}
	unread := Resolved{ID: "kite-2024#0badf00d", Missing: true, Unread: skipped["kite-2024"]}
	if got := unread.MissingReason(); !strings.Contains(got, "could not be read, sources/Kite-2024.md:4") || strings.Contains(got, "removed") {
		t.Errorf("unread reason %q", got)
	}
	gone := Resolved{ID: "gone-2024#0badf00d", Missing: true}
	if got := gone.MissingReason(); !strings.Contains(got, "removed from the library") {
		t.Errorf("gone reason %q", got)
	}
}
