package menu_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/tui/menu"
	"github.com/cypx/cypx/internal/tui/styles"
)

func TestChooseByNumberArrowsOrClose(t *testing.T) {
	m := menu.New("Copy as", []menu.Option{{Label: "Quote", Preview: "\"x\" (P, 2024)"}, {Label: "Markdown", Preview: ""}, {Label: "Figure", Preview: "97% (P, 2024)"}})
	three, out := m.Update(tea.KeyPressMsg{Code: '3', Text: "3"})
	if out != menu.Chosen || three.Cursor() != 2 {
		t.Errorf("3 gave %v at %d", out, three.Cursor())
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	if chosen, out := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter}); out != menu.Chosen || chosen.Cursor() != 1 {
		t.Errorf("down, enter gave %v at %d", out, chosen.Cursor())
	}
	if _, out := m.Update(tea.KeyPressMsg{Code: tea.KeyEscape}); out != menu.Closed {
		t.Errorf("esc gave %v", out)
	}
	v := ansi.Strip(m.View(styles.New(true), 60, 40))
	if !strings.Contains(v, "▌ 2 Markdown") || !strings.Contains(v, "97% (P, 2024)") {
		t.Errorf("view:\n%s", v)
	}
}
