//go:build linux

package main

import (
	"io"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/gen"
)

// TestBrokenPipeEndsABuildAsASignalDoes: a real one-shot cypx whose
// standard error is a pipe closed while its first search builds the index
// ('2>&1 | head -c 20') ends as SIGTERM ends it: the build stops and
// removes its building-… folder, and the status is 141 (128 + SIGPIPE),
// said by no message, as a program SIGPIPE ends. Before, the next
// progress line's write killed it outright, the half-built index left.
func TestBrokenPipeEndsABuildAsASignalDoes(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	if err := gen.Write(dir, 3*signalItems, 1); err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--corpus", dir, "search", "waiting", "--limit", "1")
	cmd.Env = cypxEnv(home)
	cmd.Stdout, cmd.Stderr = w, w
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	// The first progress line, then the reader goes, as head's does.
	head := make([]byte, 20)
	if _, err := io.ReadFull(r, head); err != nil {
		t.Fatalf("no progress line: %v", err)
	}
	if !building(home) {
		t.Fatalf("the build was over before the pipe closed: %q", head)
	}
	r.Close()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(patience):
		cmd.Process.Kill()
		t.Fatalf("cypx still ran %v after its output's reader went", patience)
	}
	if code := cmd.ProcessState.ExitCode(); code != 141 {
		t.Errorf("exit %d (%v), want 141", code, cmd.ProcessState)
	}
	if left := leftovers(home); len(left) > 0 {
		t.Errorf("the broken pipe left temporary files: %v", left)
	}
}
