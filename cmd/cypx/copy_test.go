package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/clipboard"
)

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// TestCiteCopy: cypx cite --copy prints the citation, sends it to the
// terminal as OSC 52 and to a clipboard tool found on PATH (a stub xclip
// here), and says where it went; over SSH the tool is left alone.
func TestCiteCopy(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the stub tool is a shell script")
	}
	got, term := stubClipboard(t)

	out, stderr, code := cli(t, "cite", "0a9e5eda", "--style", "figure", "--copy")
	want := "97% (Gault, 2024)"
	if code != 0 || strings.TrimSpace(out) != want {
		t.Fatalf("exit %d, out %q, stderr %q", code, out, stderr)
	}
	if b, err := os.ReadFile(got); err != nil || string(b) != want {
		t.Errorf("xclip received %q (%v), want %q", b, err, want)
	}
	if term.String() != clipboard.OSC52(want) {
		t.Errorf("terminal received %q, want OSC 52 of the citation", term.String())
	}
	if strings.TrimSpace(stderr) != "copied to the clipboard (xclip)" {
		t.Errorf("stderr %q", stderr)
	}

	// Over SSH: the terminal alone.
	os.Remove(got)
	term.Reset()
	t.Setenv("SSH_CONNECTION", "10.0.0.1 5000 10.0.0.2 22")
	out, stderr, code = cli(t, "cite", "0a9e5eda", "--style", "figure", "--copy")
	if code != 0 || strings.TrimSpace(stderr) != "sent to the terminal (OSC 52)" || term.String() != clipboard.OSC52(want) {
		t.Errorf("over SSH: exit %d, stderr %q, terminal %q", code, stderr, term.String())
	}
	if _, err := os.Stat(got); err == nil {
		t.Errorf("xclip ran over SSH")
	}

	// No terminal and no tool: an error, exit 1.
	openTerminal = func() (io.WriteCloser, error) { return nil, os.ErrNotExist }
	_, stderr, code = cli(t, "cite", "0a9e5eda", "--copy")
	if code != 1 || !strings.Contains(stderr, "could not copy") {
		t.Errorf("nowhere to copy: exit %d, stderr %q", code, stderr)
	}
}

// TestCopyTooLongForTheTerminal: text over clipboard.MaxOSC52 is not sent
// as OSC 52 (a citation of a source with a 2 MB title went whole through
// the terminal); with no clipboard tool (over SSH) the copy fails saying
// why, and the terminal is sent nothing.
func TestCopyTooLongForTheTerminal(t *testing.T) {
	var term bytes.Buffer
	defer func(env func() clipboard.Env, open func() (io.WriteCloser, error)) {
		clipboardEnv, openTerminal = env, open
	}(clipboardEnv, openTerminal)
	t.Setenv("SSH_CONNECTION", "10.0.0.1 5000 10.0.0.2 22")
	clipboardEnv = clipboard.FromEnv
	openTerminal = func() (io.WriteCloser, error) { return nopCloser{&term}, nil }
	var w bytes.Buffer
	err := copyFromCLI(t.Context(), &w, strings.Repeat("x", clipboard.MaxOSC52+1))
	if err == nil || !strings.Contains(err.Error(), "more than the terminal's clipboard takes") || term.Len() != 0 {
		t.Errorf("too long: error %v, terminal sent %d bytes", err, term.Len())
	}
	if err := copyFromCLI(t.Context(), &w, "97% (Gault, 2024)"); err != nil || term.String() != clipboard.OSC52("97% (Gault, 2024)") {
		t.Errorf("short: error %v, terminal %q", err, term.String())
	}
}

// stubClipboard makes copies go to a stub xclip on PATH, as on a Linux
// desktop with X and no SSH session, and to a buffer standing for the
// terminal (OSC 52): it returns the file the stub writes what it is given
// to, and the buffer. Both are put back when the test ends.
func stubClipboard(t *testing.T) (got string, term *bytes.Buffer) {
	t.Helper()
	stubs, got := t.TempDir(), filepath.Join(t.TempDir(), "xclip.out")
	if err := os.WriteFile(filepath.Join(stubs, "xclip"), []byte("#!/bin/sh\ncat > '"+got+"'\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", stubs+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("DISPLAY", ":0")
	t.Setenv("WAYLAND_DISPLAY", "")
	t.Setenv("SSH_CONNECTION", "")
	t.Setenv("SSH_TTY", "")
	term = &bytes.Buffer{}
	env, open := clipboardEnv, openTerminal
	t.Cleanup(func() { clipboardEnv, openTerminal = env, open })
	clipboardEnv = func() clipboard.Env { e := clipboard.FromEnv(); e.GOOS, e.WSL = "linux", false; return e }
	openTerminal = func() (io.WriteCloser, error) { return nopCloser{term}, nil }
	return got, term
}
