package searchbox_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/tui/searchbox"
	"github.com/cypx/cypx/internal/tui/styles"
)

func TestTypingReportsChangesOnlyWhenFocused(t *testing.T) {
	m := searchbox.New(styles.New(true))
	m.SetWidth(40)
	m, _, changed := m.Update(tea.KeyPressMsg{Code: 'a', Text: "a"})
	if changed || m.Value() != "" {
		t.Error("an unfocused box took a key")
	}
	m.Focus()
	for _, r := range "wait" {
		m, _, changed = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	if !changed || m.Value() != "wait" {
		t.Errorf("value %q changed %v", m.Value(), changed)
	}
	m, _, changed = m.Update(tea.KeyPressMsg{Code: tea.KeyLeft})
	if changed {
		t.Error("moving the cursor reported a change")
	}
	if !strings.Contains(ansi.Strip(m.View()), "/ wait") {
		t.Errorf("view %q", ansi.Strip(m.View()))
	}
}

func TestPasteIsBounded(t *testing.T) {
	m := searchbox.New(styles.New(true))
	m.Focus()
	m, _, changed := m.Update(tea.PasteMsg{Content: strings.Repeat("ab ", 5000)})
	if !changed || len([]rune(m.Value())) != searchbox.MaxChars {
		t.Errorf("paste of 15000 chars kept %d, want %d", len([]rune(m.Value())), searchbox.MaxChars)
	}
}
