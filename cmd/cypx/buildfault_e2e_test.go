//go:build linux

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/gen"
)

// TestBuildCutShortIsSaidAndCleared: a real one-shot cypx whose index's
// root.bolt is cut to nothing by another program while its first search
// builds it faults on bleve's own goroutine, where nothing in the process
// can recover; the watcher the build runs under (watchBuild) says in words
// that the index was changed on disk while it was built, and removes the
// building-… folder. The next run builds the index whole. Before: the
// runtime's report alone (some 420 lines, "fatal error: fault [signal
// SIGBUS …]"), exit 2, and the folder left until the next start.
func TestBuildCutShortIsSaidAndCleared(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	if err := gen.Write(dir, 3*signalItems, 1); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	cmd := exec.Command(bin, "--corpus", dir, "search", "waiting", "--limit", "1")
	cmd.Env = cypxEnv(home)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var root string
	for deadline := time.Now().Add(patience); root == ""; time.Sleep(10 * time.Millisecond) {
		found, _ := filepath.Glob(filepath.Join(home, "cache", "index-*", "building-*", "index", "store", "root.bolt"))
		if len(found) > 0 {
			root = found[0]
		}
		select {
		case <-done:
			t.Fatalf("cypx ended before its build began: %s", lastLines(stderr.String()))
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("no build began")
		}
	}
	time.Sleep(time.Second) // some batches in
	if err := os.Truncate(root, 0); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(patience):
		cmd.Process.Kill()
		t.Fatalf("cypx still ran %v after its index was cut short", patience)
	}
	if cmd.ProcessState.Success() {
		t.Skip("the build ended before it read the file cut short")
	}
	if !strings.Contains(stderr.String(), "cypx: the index being built was changed on disk while it was built") {
		t.Errorf("exit %d, stderr ends %q: want the change said in words", cmd.ProcessState.ExitCode(), lastLines(stderr.String()))
	}
	if left := leftovers(home); len(left) > 0 {
		t.Errorf("the fault left temporary files: %v", left)
	}
	if n, _ := countItems(t, bin, home, dir); n != 3*signalItems {
		t.Errorf("the run after finds %d items, want %d", n, 3*signalItems)
	}
}
