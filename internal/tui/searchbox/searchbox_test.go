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

// TestVariationSelectorsFollowTheRule: a variation selector typed or
// pasted stays only after a character it modifies (the one before the
// cursor when it comes as a key of its own), as evidence.Printable draws it.
func TestVariationSelectorsFollowTheRule(t *testing.T) {
	m := searchbox.New(styles.New(true))
	m.Focus()
	typeText := func(s string) {
		for _, r := range s {
			m, _, _ = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
	typeText("\ufe0fa\ufe0f \u2764\ufe0f\ufe0f\U000e0100 1\ufe0f\u20e3")
	if got, want := m.Value(), "a \u2764\ufe0f 1\ufe0f\u20e3"; got != want {
		t.Errorf("typed: %+q, want %+q", got, want)
	}
	m, _, _ = m.Update(tea.PasteMsg{Content: "\ufe0f x\ufe0f\u2764\ufe0f\ufe0f"})
	if got, want := m.Value(), "a \u2764\ufe0f 1\ufe0f\u20e3x\u2764\ufe0f"; got != want {
		t.Errorf("pasted: %+q, want %+q", got, want)
	}
	if _, keep := searchbox.CleanInput(tea.KeyPressMsg{Code: 0xfe0f, Text: "\ufe0f"}, -1); keep {
		t.Error("a selector typed at the start was kept")
	}
	if msg, keep := searchbox.CleanInput(tea.KeyPressMsg{Code: 0xfe0f, Text: "\ufe0f"}, 0x2764); !keep || msg.(tea.KeyPressMsg).Text != "\ufe0f" {
		t.Error("a selector typed after a heart was dropped")
	}
}
