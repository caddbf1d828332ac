package tui_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/clipboard"
	"github.com/cypx/cypx/internal/evidence"
)

// TestCopySaysWhereTheTextWent: with a system clipboard the status line
// says the text was copied to it and the clipboard holds what OSC 52 was
// sent; when the tool fails the status is a warning naming the failure.
func TestCopySaysWhereTheTextWent(t *testing.T) {
	var got []string
	opts := options(t, nil)
	opts.Clipboard = func(_ context.Context, text string) (clipboard.Result, error) {
		got = append(got, text)
		return clipboard.Result{Where: clipboard.System, Tool: "xclip"}, nil
	}
	d := start(t, 120, 40, opts)
	d.keys("demand increased covid", "enter", "C", "3")
	if st := d.model().Status(); st != "Copied to the clipboard: 97% (Gault, 2024)" {
		t.Errorf("status %q", st)
	}
	if len(got) != 1 || got[0] != d.Clipboard || got[0] != "97% (Gault, 2024)" {
		t.Errorf("system clipboard got %q, OSC 52 %q", got, d.Clipboard)
	}

	opts.Clipboard = func(context.Context, string) (clipboard.Result, error) {
		return clipboard.Result{Where: clipboard.Terminal}, errors.New("xclip failed: Error: Can't open display: :0")
	}
	d = start(t, 120, 40, opts)
	d.keys("demand increased covid", "enter", "c")
	st := d.model().Status()
	if !strings.HasPrefix(st, `Sent to the terminal (OSC 52): "Nearly all`) || !strings.Contains(st, "xclip failed") {
		t.Errorf("status after a failed tool: %q", st)
	}
	if d.model().StatusIsError() {
		t.Errorf("a failed tool is a warning, not an error: the terminal may have the text")
	}
}

// TestStyleSetWhileOpenIsUsedByTheNextCopy: 'cypx config set style' run in
// another terminal while the explorer is open applies to its next copy,
// copy menu and export, as it does to 'cypx cite' at once. Red-team round
// 12: the explorer copied in the style read when it opened (Vancouver's
// "cited in 1") while 'cypx cite' gave APA's "as cited in NHS Providers,
// 2024" for the same item.
func TestStyleSetWhileOpenIsUsedByTheNextCopy(t *testing.T) {
	style := evidence.Vancouver
	opts := options(t, nil)
	opts.Style = style
	opts.StyleNow = func() (evidence.Style, error) { return style, nil }
	d := start(t, 120, 40, opts)
	d.keys("24% since", "enter", "c")
	if !strings.Contains(d.Clipboard, "(Health Foundation, 2024, cited in 1)\n\n1. NHS Providers.") {
		t.Fatalf("a Vancouver copy: %q", d.Clipboard)
	}
	style = evidence.APA // cypx config set style apa, elsewhere
	d.keys("c")
	if !strings.HasSuffix(d.Clipboard, "(Health Foundation, 2024, as cited in NHS Providers, 2024)") {
		t.Errorf("the copy after the style was set to APA: %q", d.Clipboard)
	}
	d.keys("C")
	if s := d.screen(); !strings.Contains(s, "Full APA reference") {
		t.Errorf("the copy menu after the style was set to APA:\n%s", s)
	}
}

// TestCopyWithUnreadableSettingsSaysSo: c while the settings file cannot
// be read copies in the style last read and says why with where the copy
// went; once the file is read again, a copy says nothing of it. Before
// (hostile check 89, C1), the copy's own message replaced the warning and
// c said nothing of the damaged file (the copy menu did).
func TestCopyWithUnreadableSettingsSaysSo(t *testing.T) {
	var settingsErr error
	opts := options(t, nil)
	opts.Style = evidence.Vancouver
	opts.StyleNow = func() (evidence.Style, error) { return evidence.Vancouver, settingsErr }
	d := start(t, 200, 40, opts)
	settingsErr = errors.New("/tmp/config.yaml:1: a control character")
	d.keys("24% since", "enter", "c")
	if st := d.model().Status(); !strings.Contains(st, "Settings: /tmp/config.yaml:1: a control character: citing in vancouver, the style last read") || !strings.Contains(d.Clipboard, "cited in 1") {
		t.Errorf("c with the settings unread: status %q, copy %q", st, d.Clipboard)
	}
	settingsErr = nil
	d.keys("c")
	if st := d.model().Status(); strings.Contains(st, "Settings:") {
		t.Errorf("c once the settings are read: status %q", st)
	}
}
