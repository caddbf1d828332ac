package status_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/tui/status"
	"github.com/cypx/cypx/internal/tui/styles"
)

func TestStatusLine(t *testing.T) {
	var m status.Model
	st := styles.New(true)
	if m.View(st, 40) != "" {
		t.Error("empty status should draw nothing")
	}
	m.Error("cannot read the query:\nunexpected \x1b[31m")
	v := ansi.Strip(m.View(st, 30))
	if !strings.HasPrefix(v, "! cannot read") || ansi.StringWidth(v) > 30 || strings.Contains(v, "\n") || strings.Contains(v, "\x1b") {
		t.Errorf("error line %q", v)
	}
	m.Info("Copied")
	if m.IsError() || ansi.Strip(m.View(st, 30)) != "Copied" {
		t.Errorf("info line %q", ansi.Strip(m.View(st, 30)))
	}
}
