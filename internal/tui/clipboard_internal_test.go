package tui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/clipboard"
)

// TestTooLongForOSC52 copies a comparison table of 2 MB (a publisher of
// megabytes makes one): it was sent whole as OSC 52, 2.7 MB of base64
// through the terminal, and the status said "Copied". Now the system
// clipboard's tool alone is given it; with no tool the status is an error
// saying it was not copied and why; text of a normal size still goes to
// both.
func TestTooLongForOSC52(t *testing.T) {
	huge := strings.Repeat("| Big Publisher | 46% |\n", (2<<20)/23)
	for _, c := range []struct {
		name   string
		text   string
		where  clipboard.Where
		osc52  bool
		status string
		isErr  bool
	}{
		{"huge, no tool", huge, clipboard.Terminal, false, "Not copied: the comparison table (2 sources): 2.1 MB of text is more than the terminal's clipboard takes", true},
		{"huge, a tool", huge, clipboard.System, false, "Copied to the clipboard: the comparison table (2 sources)", false},
		{"small, no tool", "| P | 46% |", clipboard.Terminal, true, "Sent to the terminal (OSC 52): the comparison table (2 sources)", false},
	} {
		var given []string
		m := New(Options{Clipboard: func(_ context.Context, text string) (clipboard.Result, error) {
			given = append(given, text)
			return clipboard.Result{Where: c.where}, nil
		}})
		cmd := m.do(copyTable{text: c.text, what: "the comparison table (2 sources)"})
		osc52, copied := false, copiedMsg{}
		var run func(tea.Cmd)
		run = func(cmd tea.Cmd) {
			if cmd == nil {
				return
			}
			switch msg := cmd().(type) {
			case tea.BatchMsg:
				for _, c := range msg {
					run(c)
				}
			case copiedMsg:
				copied = msg
			default:
				osc52 = osc52 || strings.Contains(fmt.Sprintf("%T", msg), "setClipboardMsg")
			}
		}
		run(cmd)
		m.applyCopied(copied)
		if osc52 != c.osc52 {
			t.Errorf("%s: OSC 52 sent %v, want %v", c.name, osc52, c.osc52)
		}
		if len(given) != 1 || given[0] != c.text {
			t.Errorf("%s: the system clipboard was given %d texts", c.name, len(given))
		}
		if st := m.Status(); !strings.HasPrefix(st, c.status) || m.StatusIsError() != c.isErr {
			t.Errorf("%s: status %q (error %v), want %q…", c.name, st, m.StatusIsError(), c.status)
		}
	}
}
