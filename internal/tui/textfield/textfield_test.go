package textfield_test

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/tui/styles"
	"github.com/cypx/cypx/internal/tui/textfield"
)

// TestVariationSelectorsFollowTheRule: a variation selector typed or
// pasted stays only after a character it modifies (the one before the
// cursor when it comes as a key of its own), as evidence.Printable draws it.
func TestVariationSelectorsFollowTheRule(t *testing.T) {
	m := textfield.New(styles.New(true), "", 100)
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
	if _, keep := textfield.CleanInput(tea.KeyPressMsg{Code: 0xfe0f, Text: "\ufe0f"}, -1); keep {
		t.Error("a selector typed at the start was kept")
	}
	if msg, keep := textfield.CleanInput(tea.KeyPressMsg{Code: 0xfe0f, Text: "\ufe0f"}, 0x2764); !keep || msg.(tea.KeyPressMsg).Text != "\ufe0f" {
		t.Error("a selector typed after a heart was dropped")
	}
}
