package tui

import (
	"errors"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
)

var errBadSettings = errors.New("config.yaml:1: unknown style")

// messagesOf runs a command and the commands of any batch it returns, and gives
// the messages of the type T they return.
func messagesOf[T any](cmd tea.Cmd) []T {
	if cmd == nil {
		return nil
	}
	var out []T
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			out = append(out, messagesOf[T](c)...)
		}
	case T:
		out = append(out, msg)
	}
	return out
}

// TestStyleSetWhileOpenReachesThePanes: at each look at its files (the
// basket's watch, twice a second) the explorer reads the configured style
// again, so a style set with cypx config set style while it is open
// reaches every pane that cites — the detail pane, the pinned and selected
// panes, the linked view, the figures table's warning, all reading one
// citing value — without waiting for a copy. A look that finds the style
// as it was, or a settings file that cannot be read, changes nothing and
// draws nothing. Before, the panes learnt a new style only at the next
// copy, copy menu or export.
func TestStyleSetWhileOpenReachesThePanes(t *testing.T) {
	style, fail := evidence.Harvard, false
	m := New(Options{Style: evidence.Harvard, StyleNow: func() (evidence.Style, error) {
		if fail {
			return "", errBadSettings
		}
		return style, nil
	}})
	look := func() {
		t.Helper()
		_, tick := m.Update(basketTickMsg{})
		msgs := messagesOf[styleMsg](tick)
		if len(msgs) != 1 {
			t.Fatalf("a look read the style %d times", len(msgs))
		}
		next, _ := m.Update(msgs[0])
		m = next.(Model)
	}
	if msgs := messagesOf[styleMsg](m.styleCmd()); len(msgs) != 1 || !msgs[0].same || !quiet(msgs[0]) {
		t.Errorf("a look finding the style as it was: %+v", msgs)
	}
	style = evidence.APA
	look()
	if got := m.citeStyle(); got != evidence.APA {
		t.Errorf("after a look the explorer cites in %s, want apa", got)
	}
	if m.figs.cite.Style() != evidence.APA || m.linked.cite.Style() != evidence.APA || m.pin.cite.Style() != evidence.APA {
		t.Errorf("a view does not share the style read")
	}
	fail = true
	look()
	if got := m.citeStyle(); got != evidence.APA {
		t.Errorf("a settings file that cannot be read changed the style to %s", got)
	}
}
