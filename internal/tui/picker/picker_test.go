package picker_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/tui/picker"
	"github.com/cypx/cypx/internal/tui/styles"
)

func press(m picker.Model, keys ...string) (picker.Model, tea.Msg) {
	var msg tea.Msg
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(keyMsg(k))
		if cmd != nil {
			msg = cmd()
		}
	}
	return m, msg
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
	m, msg := press(m, "down", "down", "space", "enter")
	got, ok := msg.(picker.AppliedMsg)
	if !ok || strings.Join(got.Selected, ",") != "waiting-lists,adhd-autism" {
		t.Errorf("applied %#v", msg)
	}
	m, msg = press(m, "space", "esc")
	if _, ok := msg.(picker.CancelledMsg); !ok {
		t.Errorf("esc gave %#v", msg)
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
