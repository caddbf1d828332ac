//go:build linux

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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
// building-… folder, with no runtime report: standard error went through
// the watcher while the build ran. The next run builds the index whole.
// Before: the runtime's report alone (some 420 lines, "fatal error: fault
// [signal SIGBUS …]"), exit 2, and the folder left until the next start;
// then the words after the report.
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
	// The words alone: the runtime's report (some 420 lines) came first.
	for _, report := range []string{"unexpected fault address", "fatal error:", "goroutine ", "SIGBUS"} {
		if strings.Contains(stderr.String(), report) {
			t.Errorf("stderr holds the runtime's report (%q), %d lines:\n%s", report, strings.Count(stderr.String(), "\n"), lastLines(stderr.String()))
			break
		}
	}
	if left := leftovers(home); len(left) > 0 {
		t.Errorf("the fault left temporary files: %v", left)
	}
	if n, _ := countItems(t, bin, home, dir); n != 3*signalItems {
		t.Errorf("the run after finds %d items, want %d", n, 3*signalItems)
	}
}

// TestInheritedBuildWatchMarkIsIgnored: the watcher's mark in the
// environment of a cypx no build started (exported in a shell, passed on
// by a program cypx started) made every command a silent no-op with exit
// 0, and with a file on descriptor 3 holding a fault's words removed the
// folder it named. The mark is believed only from the parent that set it,
// with its pipe, and names only a building-… folder.
func TestInheritedBuildWatchMarkIsIgnored(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	victim := filepath.Join(t.TempDir(), "keep")
	if err := os.MkdirAll(victim, 0o755); err != nil {
		t.Fatal(err)
	}
	report := filepath.Join(t.TempDir(), "report")
	if err := os.WriteFile(report, []byte("unexpected fault address 0x0\nfatal error: fault\n[signal SIGBUS: bus error code=0x2 addr=0x0 pc=0x0]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, mark := range []string{victim, "1:" + victim, strconv.Itoa(os.Getpid()) + ":" + victim} {
		f, err := os.Open(report)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "search", "waiting", "--limit", "1")
		cmd.Env = append(cypxEnv(home), "CYPX_BUILD_WATCH="+mark)
		cmd.ExtraFiles = []*os.File{f}
		out, err := cmd.Output()
		f.Close()
		if err != nil {
			t.Fatalf("mark %q: %v", mark, err)
		}
		if !strings.Contains(string(out), "waiting") {
			t.Errorf("mark %q: the search printed nothing (the command was taken for a watcher): %q", mark, out)
		}
		if _, err := os.Stat(victim); err != nil {
			t.Fatalf("mark %q: the folder it named is gone: %v", mark, err)
		}
	}
}
