//go:build linux

package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/gen"
)

// TestKilledBuildWatcherIsSaid: kill -9 on the watcher of a one-shot
// command's build (the argument-less cypx it starts) stops the build, and
// the command says so in one line and exits 1, its own status, no folder
// left. Before (hostile check 50), its next write to standard error, the
// watcher's pipe, met a broken pipe: exit 141, nothing said, stderr ending
// at a progress line.
func TestKilledBuildWatcherIsSaid(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	dir, home := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, signalItems, 1); err != nil {
		t.Fatal(err)
	}
	cmd, done, _, stderr := startBuild(t, bin, dir, home)
	watcher := childOf(cmd.Process.Pid)
	if watcher == 0 {
		cmd.Process.Kill()
		t.Fatal("no watcher under the build's process")
	}
	if err := syscall.Kill(watcher, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(patience):
		cmd.Process.Kill()
		t.Fatalf("cypx still ran %v after its watcher was killed", patience)
	}
	if cmd.ProcessState.Success() {
		t.Skip("the build ended before the watcher was killed")
	}
	said, _ := os.ReadFile(stderr)
	want := fmt.Sprintf("cypx: the index build's watcher (pid %d, a cypx process of this command) ended before the build (signal: killed): the build was stopped and its half-built index removed; run the command again\n", watcher)
	if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.HasSuffix(string(said), want) {
		t.Errorf("exit %d, stderr ends %q; want 1 and %q", code, lastLines(string(said)), want)
	}
	if left := leftovers(home); len(left) > 0 {
		t.Errorf("the build left temporary files: %v", left)
	}
}

// childOf finds a child process of pid (0 if none within a few seconds).
func childOf(pid int) int {
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		entries, _ := os.ReadDir("/proc")
		for _, e := range entries {
			if p, err := strconv.Atoi(e.Name()); err == nil && parentOf(p) == pid {
				return p
			}
		}
	}
	return 0
}
