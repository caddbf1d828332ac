package main

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestCiteCopyCarriesNoControls: `cypx cite --copy` puts on the clipboard
// (a stub xclip's input, and OSC 52's payload) the text as the terminal
// shows it: a body's escape sequence, C1 control, bidi override and
// isolate, tag characters and byte-order mark as their visible escapes,
// every printable character as written, in every format (check33).
// Before, they went raw, for a paste into a shell to run.
func TestCiteCopyCarriesNoControls(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the stub tool is a shell script")
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	body := "Waits grew \x1b]52;c;aGk=\a and \u009b31m then \u202eright\u202c and \u2066iso\u2069 tag\U000E0041\U000E0042 and mid\ufefftext by 12% in a year.\n"
	os.WriteFile(filepath.Join(dir, "sources", "ctl.md"), []byte("---\ntitle: Waits\npublisher: Acme Trust\ndate: 2024\ntype: report\nurl: https://ex.org/w\n---\n"+body), 0o644)
	out, _, _ := cli(t, "--corpus", dir, "items", "--format", "json")
	var items []struct{ ID, Text string }
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) == 0 {
		t.Fatalf("items: %v\n%s", err, out)
	}
	if !strings.Contains(items[0].Text, "\x1b]52") {
		t.Skipf("the import cleaned the body (%q): nothing to copy raw", items[0].Text)
	}
	got, term := stubClipboard(t)
	for _, args := range [][]string{{"--format", "plain"}, {"--format", "markdown"}, {"--format", "figure"}, {"--format", "reference"}, {"--style", "footnotes", "--format", "markdown"}} {
		os.Remove(got)
		term.Reset()
		args = append([]string{"--corpus", dir, "cite", items[0].ID, "--copy"}, args...)
		if _, stderr, code := cli(t, args...); code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, stderr)
		}
		tool, err := os.ReadFile(got)
		if err != nil {
			t.Fatalf("%q: xclip ran not: %v", args, err)
		}
		payload, ok := strings.CutPrefix(term.String(), "\x1b]52;c;")
		payload, ok2 := strings.CutSuffix(payload, "\a")
		osc, err := base64.StdEncoding.DecodeString(payload)
		if !ok || !ok2 || err != nil || string(osc) != string(tool) {
			t.Fatalf("%q: OSC 52 %q, xclip %q", args, term.String(), tool)
		}
		if r := rawUnsafe(string(tool)); r != "" {
			t.Errorf("%q: copied %q raw: %q", args, r, tool)
		}
		if args[len(args)-1] == "plain" && !strings.Contains(string(tool), `Waits grew \x1b]52;c;aGk=\a and \u009b31m then \u202eright\u202c and \u2066iso\u2069 tag\U000e0041\U000e0042 and mid\ufefftext by 12% in a year.`) {
			t.Errorf("plain copy is not the text as shown: %q", tool)
		}
	}
}
