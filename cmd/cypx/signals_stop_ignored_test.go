//go:build linux

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestStopSignalDoesNotSuspendTheExplorer: a SIGTSTP sent by another
// process (kill -TSTP) to the explorer's process or to its supervisor is
// ignored, as ctrl+z is a key the explorer does not use: neither process
// is stopped, and ctrl+c still quits, exit 0. Before (hostile check 52), kill
// -TSTP on the explorer's process stopped it raw on the alternative
// screen while the supervisor waited in the foreground: q and ctrl+c did
// nothing, and the shell never got the terminal back until a SIGCONT.
func TestStopSignalDoesNotSuspendTheExplorer(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	for _, toSupervisor := range []bool{false, true} {
		t.Run(fmt.Sprintf("to supervisor %v", toSupervisor), func(t *testing.T) {
			home := t.TempDir()
			status := filepath.Join(t.TempDir(), "status")
			// With job control (set -m), as an interactive shell runs it:
			// cypx in a process group of its own, whose parent, the shell,
			// is in another of the session. Without it, the pane's shell
			// leads the one group, orphaned, and the kernel drops a stop
			// signal sent to it: the test would show nothing.
			s := startTmux(t, 120, 40, fmt.Sprintf("set -m; env CYPX_HOME=%s TERM=xterm-256color %s; echo $? > %s; sleep 60", home, bin, status))
			s.waitFor("of 82 items")
			child := explorerChild(t, bin, home)
			supervisor := parentOf(child)
			// A process left stopped by a failure is let go, to end with
			// the test's terminal.
			t.Cleanup(func() {
				syscall.Kill(child, syscall.SIGCONT)
				syscall.Kill(supervisor, syscall.SIGCONT)
			})
			target := child
			if toSupervisor {
				target = supervisor
			}
			if err := syscall.Kill(target, syscall.SIGTSTP); err != nil {
				t.Fatal(err)
			}
			time.Sleep(300 * time.Millisecond) // a stop is the kernel's at once
			for _, p := range []struct {
				name string
				pid  int
			}{{"the explorer's process", child}, {"the supervisor", supervisor}} {
				if state := processState(p.pid); state == "T" || state == "t" {
					t.Errorf("%s (pid %d) was stopped by a SIGTSTP sent to pid %d (state %s)", p.name, p.pid, target, state)
				}
			}
			s.keys("C-c") // the search box has the keys: ctrl+c always quits
			s.exitedWithin(t, status, time.Now(), patience, "ctrl+c after kill -TSTP")
		})
	}
}

// processState reads a process's state letter from /proc ("R", "S", "T"
// for stopped; "" when it is gone).
func processState(pid int) string {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return ""
	}
	fields := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+1:]))
	if len(fields) < 1 {
		return ""
	}
	return fields[0]
}
