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

func TestLevelsAndLifetimes(t *testing.T) {
	var m status.Model
	m.Info("Copied")
	first := m.Seq()
	if !m.Expires() {
		t.Error("information should go by itself")
	}
	m.Info("Marked")
	m.Expire(first) // the first message's lifetime ends: the second stays
	if m.Text() != "Marked" {
		t.Errorf("an old expiry cleared a newer message: %q", m.Text())
	}
	m.Expire(m.Seq())
	if m.Text() != "" {
		t.Errorf("expiry left %q", m.Text())
	}
	m.Error("cannot read the query")
	m.Expire(m.Seq())
	if m.Text() == "" || m.Expires() {
		t.Error("an error should not expire by time")
	}
	m.KeyPressed()
	if m.Text() != "" {
		t.Error("an error should go at the next key")
	}
	m.Warning("3 sources skipped")
	if v := ansi.Strip(m.View(styles.New(true), 40)); v != "‼ 3 sources skipped" {
		t.Errorf("warning %q", v)
	}
	m.Info("Copied")
	m.KeyPressed()
	if m.Text() != "Copied" {
		t.Error("a key should not clear information")
	}
}
