//go:build linux

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestExplorerCrashRestoresTheTerminal: the explorer's process ending on
// a fatal error no recover reaches (a fault on one of bleve's own
// goroutines, the runtime out of memory; here the runtime's own crash
// report, asked for with SIGQUIT) or killed outright leaves the terminal
// as it was: the normal screen, keys echoed and read by line, and a
// message after the report. Before, the terminal stayed raw on the
// alternative screen, the report drawn over the explorer.
func TestExplorerCrashRestoresTheTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	for _, c := range []struct {
		signal       syscall.Signal
		toSupervisor bool   // else to the explorer's own process
		report       string // in the crash report, printed after the restore
		message      string
		wantStatus   string
	}{
		// The report a SIGQUIT asks for, printed, and the end told as
		// asked: no fatal error of cypx's own (hostile check 51).
		{syscall.SIGQUIT, false, "goroutine ", "cypx: the explorer ended by a SIGQUIT sent by another process, which asks a Go program for its", "131"},
		{syscall.SIGKILL, false, "", "cypx: the explorer ended on a signal (killed); the terminal was restored", "2"},
		// Passed on to the explorer, which quits cleanly; the status says
		// the command was terminated (128 + 15), not that it succeeded.
		{syscall.SIGTERM, true, "", "", "143"},
		// The terminal closed: passed on too, and the explorer ends as
		// for SIGTERM. Before, the explorer was killed by it, and the
		// supervisor said so, exit 2.
		{syscall.SIGHUP, true, "", "", "129"},
		// An interrupt sent to the supervisor alone (kill -INT, timeout
		// -s INT): passed on as well, and the explorer ends as on one sent
		// to it. Before (hostile check 52), the supervisor ignored it and
		// the explorer stayed open.
		{syscall.SIGINT, true, "", "cypx: interrupted", "130"},
		// Sent to the explorer's own process with the terminal open: not
		// the terminal's hang-up (hostile check 51).
		{syscall.SIGHUP, false, "", "cypx: ended by a SIGHUP sent by another process, not by the terminal closing: nothing was damaged", "129"},
		// Sent to the explorer's own process: it ends as a command does
		// (before, Bubble Tea quit as if asked, and the status was 0).
		{syscall.SIGTERM, false, "", "cypx: terminated", "143"},
	} {
		t.Run(fmt.Sprintf("%v to supervisor %v", c.signal, c.toSupervisor), func(t *testing.T) {
			home := t.TempDir()
			out := t.TempDir()
			status, stty := filepath.Join(out, "status"), filepath.Join(out, "stty")
			s := startTmux(t, 120, 40, fmt.Sprintf("env CYPX_HOME=%s TERM=xterm-256color %s; echo $? > %s; stty -a > %s; sleep 60", home, bin, status, stty))
			s.waitFor("of 82 items")
			if alt := strings.TrimSpace(s.tmux("display", "-p", "-t", "e2e", "#{alternate_on}")); alt != "1" {
				t.Fatalf("the explorer is not on the alternative screen (alternate_on %q): the test shows nothing", alt)
			}
			target := explorerChild(t, bin, home)
			if c.toSupervisor {
				target = parentOf(target)
			}
			if err := syscall.Kill(target, c.signal); err != nil {
				t.Fatal(err)
			}
			for deadline := time.Now().Add(patience); ; time.Sleep(20 * time.Millisecond) {
				if _, err := os.Stat(stty); err == nil {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("the shell never ran past cypx:\n%s", s.screen())
				}
			}
			time.Sleep(100 * time.Millisecond) // stty's write, and the pane's last lines
			if code, _ := exitStatus(status); code != c.wantStatus {
				t.Errorf("exit status %q, want %s", code, c.wantStatus)
			}
			if alt := strings.TrimSpace(s.tmux("display", "-p", "-t", "e2e", "#{alternate_on}")); alt != "0" {
				t.Errorf("the terminal is still on the alternative screen after the crash")
			}
			modes, _ := os.ReadFile(stty)
			fields := " " + strings.Join(strings.Fields(strings.ReplaceAll(string(modes), ";", " ")), " ") + " "
			for _, want := range []string{"icanon", "echo", "icrnl"} {
				if !strings.Contains(fields, " "+want+" ") {
					t.Errorf("stty after the crash lacks %q (the terminal is still raw):\n%s", want, modes)
				}
			}
			history := s.tmux("capture-pane", "-t", "e2e", "-p", "-S", "-2000")
			if !strings.Contains(history, c.message) {
				t.Errorf("no %q after the crash:\n%s", c.message, history)
			}
			if c.report != "" && !strings.Contains(history, c.report) {
				t.Errorf("the crash report (%q) was not printed after the restore:\n%s", c.report, history)
			}
		})
	}
}

// explorerChild finds the process that runs the explorer under the
// supervisor: the process of bin, with the test's CYPX_HOME (home), whose
// parent is also bin.
func explorerChild(t *testing.T, bin, home string) int {
	t.Helper()
	for deadline := time.Now().Add(patience); ; time.Sleep(50 * time.Millisecond) {
		pids := map[int]bool{}
		entries, _ := os.ReadDir("/proc")
		for _, e := range entries {
			pid, err := strconv.Atoi(e.Name())
			if err != nil {
				continue
			}
			cmdline, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
			environ, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "environ"))
			// This test's processes only: an explorer of an earlier test
			// still ending under load, picked in its place, once ended
			// before the test's signal reached it ("no such process").
			if strings.HasPrefix(string(cmdline), bin+"\x00") && strings.Contains("\x00"+string(environ), "\x00CYPX_HOME="+home+"\x00") {
				pids[pid] = true
			}
		}
		for pid := range pids {
			if pids[parentOf(pid)] {
				return pid
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no explorer process under a supervisor among %v", pids)
		}
	}
}

// parentOf reads a process's parent from /proc (0 when it is gone).
func parentOf(pid int) int {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name, in parentheses, may hold spaces: fields follow it.
	rest := string(data[strings.LastIndexByte(string(data), ')')+1:])
	fields := strings.Fields(rest)
	if len(fields) < 2 {
		return 0
	}
	ppid, _ := strconv.Atoi(fields[1])
	return ppid
}

// TestExplorerRestartsAfterABusFault: a fault on a file the explorer has
// mapped (an index file cut short under it, met on one of bleve's own
// goroutines, where no recover reaches; here SIGBUS sent to it) does not
// end the session: the supervisor starts the explorer again on the search
// it last ran, and its status line says why. A fault that keeps coming
// back is reported after three restarts, the terminal restored. Before,
// the explorer ended with "stopped on a fatal error".
func TestExplorerRestartsAfterABusFault(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home, out := t.TempDir(), t.TempDir()
	status := filepath.Join(out, "status")
	s := startTmux(t, 140, 40, fmt.Sprintf("env CYPX_HOME=%s TERM=xterm-256color %s; echo $? > %s; sleep 60", home, bin, status))
	s.waitFor("of 82 items")
	s.typeText("waiting")
	s.waitFor("/ waiting\n", "3 of 82 items")
	time.Sleep(300 * time.Millisecond)
	child := explorerChild(t, bin, home)
	query, found := "/ waiting", "3 of 82 items"
	for restart := 1; restart <= 3; restart++ {
		if err := syscall.Kill(child, syscall.SIGBUS); err != nil {
			t.Fatal(err)
		}
		child = nextExplorerChild(t, bin, home, child)
		// Sent, not a fault: the status line says so (hostile check 49:
		// it said "after a fault reading its index").
		screen := s.waitFor(fmt.Sprintf("restarted after signal SIGBUS from another process (pid %d)", os.Getpid()), found)
		if !strings.Contains(screen, query+"\n") {
			t.Fatalf("restart %d: the explorer did not open on the search it last ran:\n%s", restart, screen)
		}
		if restart == 1 {
			// The restarted explorer follows searches too: a restart after
			// this one opens on the newer search.
			s.keys("BSpace", "BSpace", "BSpace", "BSpace")
			query, found = "/ wai", "4 of 82 items"
			// Every key answered (the line ends after "wai") before the
			// next fault, and a moment for the search's line to reach
			// the supervisor: keys still in flight would go to the next
			// explorer.
			s.waitFor(query+"\n", found)
			time.Sleep(300 * time.Millisecond)
		}
	}
	if _, err := os.Stat(status); err == nil {
		t.Fatalf("cypx ended during the restarts:\n%s", s.screen())
	}
	if err := syscall.Kill(child, syscall.SIGBUS); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(patience); ; time.Sleep(20 * time.Millisecond) {
		if _, ok := exitStatus(status); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the fourth fault did not end cypx:\n%s", s.screen())
		}
	}
	if code, _ := exitStatus(status); code != "2" {
		t.Errorf("exit status %q after the fourth fault, want 2", code)
	}
	history := s.tmux("capture-pane", "-t", "e2e", "-p", "-S", "-2000")
	// The fourth is told in the line, its report not printed (hostile
	// check 50: the report, then "stopped on a fatal error").
	want := fmt.Sprintf("cypx: the explorer ended by a SIGBUS sent by another process (pid %d), not by a fault: nothing was damaged (started again 3 times after signals sent by another process); the terminal was restored", os.Getpid())
	if !strings.Contains(strings.ReplaceAll(history, "\n", ""), want) || strings.Contains(history, "goroutine ") {
		t.Errorf("no %q after the fourth fault:\n%s", want, history)
	}
}

// nextExplorerChild waits for the supervisor's next explorer process, one
// other than old.
func nextExplorerChild(t *testing.T, bin, home string, old int) int {
	t.Helper()
	for deadline := time.Now().Add(patience); ; time.Sleep(50 * time.Millisecond) {
		if pid := explorerChild(t, bin, home); pid != old {
			if _, err := os.Stat(fmt.Sprintf("/proc/%d", old)); err != nil {
				return pid
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no new explorer process after %d", old)
		}
	}
}

// TestExplorerEndsWithItsSupervisor: the supervisor killed outright
// (kill -9, which it cannot pass on) takes the explorer with it within a
// second, and the explorer puts the terminal back as it ends (hostile
// check 43). Before, the explorer ran on with no parent, drawing on the
// terminal the shell had taken back.
func TestExplorerEndsWithItsSupervisor(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	s := startTmux(t, 120, 40, fmt.Sprintf("env CYPX_HOME=%s TERM=xterm-256color %s; sleep 60", home, bin))
	s.waitFor("of 82 items")
	child := explorerChild(t, bin, home)
	if err := syscall.Kill(parentOf(child), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	killed := time.Now()
	for !processGone(child) {
		if time.Since(killed) > time.Second {
			t.Fatalf("the explorer (pid %d) still runs %v after its supervisor was killed", child, time.Since(killed).Round(time.Millisecond))
		}
		time.Sleep(10 * time.Millisecond)
	}
	for deadline := time.Now().Add(patience); strings.TrimSpace(s.tmux("display", "-p", "-t", "e2e", "#{alternate_on}")) != "0"; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the terminal is still on the alternative screen after the explorer ended")
		}
	}
}

// processGone reports whether a process has ended: no longer there, or a
// zombie waiting to be reaped.
func processGone(pid int) bool {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true
	}
	rest := string(data[strings.LastIndexByte(string(data), ')')+1:])
	fields := strings.Fields(rest)
	return len(fields) == 0 || fields[0] == "Z" || fields[0] == "X"
}
