package picker_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/tui/picker"
	"github.com/cypx/cypx/internal/tui/styles"
)

func press(m picker.Model, keys ...string) (picker.Model, picker.Outcome) {
	var out picker.Outcome
	for _, k := range keys {
		m, out = m.Update(keyMsg(k))
	}
	return m, out
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	return tea.KeyPressMsg{Code: rune(k[0]), Text: k}
}

var opts = []picker.Option{{"waiting-lists", "Waiting lists and access", 7}, {"transitions", "Transitions", 0}, {"adhd-autism", "ADHD and autism", 3}}

func TestTickAndApply(t *testing.T) {
	m := picker.New(opts, []string{"waiting-lists"})
	m, out := press(m, "down", "down", "space", "enter")
	if out != picker.Applied || strings.Join(m.Selected(), ",") != "waiting-lists,adhd-autism" {
		t.Errorf("applied %v %v", out, m.Selected())
	}
	m, out = press(m, "space", "esc")
	if out != picker.Cancelled {
		t.Errorf("esc gave %v", out)
	}
	m, _ = press(m, "a")
	if len(m.Selected()) != 0 {
		t.Errorf("a should clear; selected %v", m.Selected())
	}
}

func TestViewShowsTicksCountsAndCursor(t *testing.T) {
	m := picker.New(opts, []string{"adhd-autism"})
	m, _ = press(m, "down")
	v := ansi.Strip(m.View(styles.New(false), 80, 20))
	for _, want := range []string{"[ ] Waiting lists and access", "7", "▌ [ ] Transitions", "[x] ADHD and autism"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
}
