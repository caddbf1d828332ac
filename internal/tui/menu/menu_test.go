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
	m := menu.New("Copy as", []menu.Option{{"Quote", "\"x\" (P, 2024)"}, {"Markdown", ""}, {"Figure", "97% (P, 2024)"}})
	_, cmd := m.Update(tea.KeyPressMsg{Code: '3', Text: "3"})
	if msg, ok := cmd().(menu.ChosenMsg); !ok || msg.Index != 2 {
		t.Errorf("3 gave %#v", cmd())
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	_, cmd = m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if msg, ok := cmd().(menu.ChosenMsg); !ok || msg.Index != 1 {
		t.Errorf("down, enter gave %#v", cmd())
	}
	_, cmd = m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if _, ok := cmd().(menu.ClosedMsg); !ok {
		t.Errorf("esc gave %#v", cmd())
	}
	v := ansi.Strip(m.View(styles.New(true), 60))
	if !strings.Contains(v, "▌ 2 Markdown") || !strings.Contains(v, "97% (P, 2024)") {
		t.Errorf("view:\n%s", v)
	}
}
