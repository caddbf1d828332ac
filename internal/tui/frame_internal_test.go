package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestQuietMessagesDoNotRedraw: the basket's look at its file comes twice
// a second, and drawing the whole screen again for it took 29% of a core
// at 2000x500 with nothing happening. A look, and a reading that found the
// file unchanged, now leave the screen as it was drawn; anything else
// draws it afresh.
func TestQuietMessagesDoNotRedraw(t *testing.T) {
	var m tea.Model = New(Options{})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 200, Height: 50})
	first := m.View().Content
	if first == "" || m.(Model).frame.draws != 1 {
		t.Fatalf("first frame: %d draws, %d bytes", m.(Model).frame.draws, len(first))
	}
	for _, msg := range []tea.Msg{basketTickMsg{}, basketMsg{unchanged: true}, basketTickMsg{}} {
		m, _ = m.Update(msg)
		if got := m.View().Content; got != first || m.(Model).frame.draws != 1 {
			t.Fatalf("after %T: %d draws, frame changed %v", msg, m.(Model).frame.draws, got != first)
		}
	}
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if got := m.View().Content; got == first || m.(Model).frame.draws != 2 {
		t.Errorf("after a resize: %d draws, frame changed %v", m.(Model).frame.draws, got != first)
	}
}
