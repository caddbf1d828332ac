//go:build !windows

package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestSavedExplorerChecksTheSourcesAsSavedRunDoes: `cypx --saved NAME`
// over a saved search whose source is no longer in the corpus is refused
// as `cypx saved run NAME` refuses it, by the same check (savedFilters,
// given the corpus's sources once the index is open), exit 2. Before,
// the explorer opened on a search that could find nothing, the source
// unchecked ("0 items", "nothing new").
func TestSavedExplorerChecksTheSourcesAsSavedRunDoes(t *testing.T) {
	if testing.Short() {
		t.Skip("process test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	path := filepath.Join(home, "state", "saved.json")
	os.MkdirAll(filepath.Dir(path), 0o755)
	os.WriteFile(path, []byte(`{"version": 1, "searches": [{"name": "old", "query": "waiting", "filters": {"sources": ["gone"]}, "created": "2026-11-22T12:00:00Z", "last_run": "2026-11-22T12:00:00Z", "seen": []}]}`), 0o644)
	env := append(os.Environ(), "CYPX_HOME="+home, "TERM=xterm-256color")

	run := exec.Command(bin, "saved", "run", "old")
	run.Env = env
	out, _ := run.CombinedOutput()
	const want = `saved search "old": --source: no source "gone"`
	if run.ProcessState.ExitCode() != 2 || !strings.Contains(string(out), want) {
		t.Fatalf("saved run: exit %d, %q", run.ProcessState.ExitCode(), out)
	}

	cmd := exec.Command(bin, "--saved", "old")
	cmd.Env = env
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 30, Cols: 120})
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer f.Close()
	var screen bytes.Buffer
	copied := make(chan struct{})
	go func() { io.Copy(&screen, f); close(copied) }()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		<-exited
		t.Fatalf("the explorer opened on the saved search and stayed open")
	}
	// Read what the explorer wrote to its end (the pty says EIO once the
	// child's side is closed) before closing ours: closed first, the
	// message at the end was lost under load.
	select {
	case <-copied:
	case <-time.After(5 * time.Second):
	}
	f.Close()
	<-copied
	if code := cmd.ProcessState.ExitCode(); code != 2 || !strings.Contains(screen.String(), want) {
		t.Errorf("cypx --saved old: exit %d, terminal %q", code, screen.String())
	}
}
