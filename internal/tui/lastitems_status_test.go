package tui_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/tui"
)

// TestStatusAfterTheLastSourceIsRead: in a streaming build the last
// source's items are indexed after it is read (minutes for a source of a
// million figures). Once every source is read the status bar counts the
// items indexed, as the command line's progress line does, with no time
// left it cannot know (round 20, red team). Before, it said "Indexing
// sources 100% … 0s left" all that while.
func TestStatusAfterTheLastSourceIsRead(t *testing.T) {
	opts := options(t, nil)
	opts.TotalItems, opts.TotalSources = 0, 0
	d := start(t, 120, 40, opts)
	d.send(tui.IndexReadingMsg{Done: 10 << 20, Total: 10 << 20, Elapsed: 20 * time.Second})
	d.send(tui.IndexProgressMsg{Done: 4000, Total: 0, Elapsed: 20 * time.Second})
	d.send(tui.IndexProgressMsg{Done: 9000, Total: 0, Elapsed: 90 * time.Second})
	s := d.screen()
	if !strings.Contains(s, "Indexing the last items read: 9000 items in so far") || strings.Contains(s, "0s left") {
		t.Errorf("the status bar while the last source's items are indexed:\n%s", s)
	}
}
