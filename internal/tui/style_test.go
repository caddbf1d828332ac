package tui_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestConfiguredStyleInTheExplorer: with the Vancouver style configured,
// the copy menu offers the Vancouver reference, c copies the quote
// numbered (1) with the reference (1) points to, and the detail pane cites
// the reference.
func TestConfiguredStyleInTheExplorer(t *testing.T) {
	opts := options(t, nil)
	opts.Style = evidence.Vancouver
	d := start(t, 120, 40, opts)
	d.keys("autism", "enter", "c")
	if !strings.Contains(d.Clipboard, "March 2024.\" (1)\n\n1. NHS Providers. Forgotten generation") {
		t.Errorf("c copied %q", d.Clipboard)
	}
	if s := d.screen(); !strings.Contains(s, "Cite: 1. NHS Providers. Forgotten generation") {
		t.Errorf("the detail pane does not cite in Vancouver:\n%s", s)
	}
	d.keys("C")
	if s := d.screen(); !strings.Contains(s, "Full Vancouver reference") {
		t.Errorf("the copy menu:\n%s", s)
	}
	// Copy as → 1 and 2 carry the reference too (hostile check 64 M5).
	d.keys("1")
	if !strings.Contains(d.Clipboard, "March 2024.\" (1)\n\n1. NHS Providers. Forgotten generation") {
		t.Errorf("C 1 copied %q", d.Clipboard)
	}
	d.keys("C", "2")
	if !strings.Contains(d.Clipboard, ")\n\n1. NHS Providers. Forgotten generation") || !strings.Contains(d.Clipboard, "(https://nhsproviders.org/") {
		t.Errorf("C 2 copied %q", d.Clipboard)
	}
	d.keys("C")
	d.keys("4")
	if !strings.HasPrefix(d.Clipboard, "1. NHS Providers. Forgotten generation: shaping better services for children and young people [Internet]. NHS Providers; 2024 Jul 15 [cited ") {
		t.Errorf("C 4 copied %q", d.Clipboard)
	}
}
