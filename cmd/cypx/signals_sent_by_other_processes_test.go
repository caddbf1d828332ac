//go:build linux

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/gen"
)

// TestExplorerRestartsAfterAnySentSignal: the supervisor starts the
// explorer again after any signal another process sent it that Go answers
// with a report (the rule the build's watcher tells in words), and after a
// fault on a mapped file; a sent SIGQUIT (its report asked for) and a real
// fault of another signal (a nil pointer) are not. Before (hostile check
// 50), only a SIGBUS was: a SIGSEGV, SIGABRT or SIGSTKFLT sent by kill
// stopped the explorer with some 420 lines of report.
func TestExplorerRestartsAfterAnySentSignal(t *testing.T) {
	trace := "\ngoroutine 0 gp=0x1 m=0 [idle]:\nruntime.futex(0x1)\n"
	for _, c := range []struct {
		report  string
		restart bool
	}{
		{"SIGSEGV: segmentation violation\nPC=0x1 m=0 sigcode=0 addr=0x5802\n", true},
		{"SIGABRT: abort\nPC=0x1 m=0 sigcode=0\n", true},
		{"SIGSTKFLT: stack fault\nPC=0x1 m=0 sigcode=0\n", true},
		{"SIGBUS: bus error\nPC=0x1 m=0 sigcode=0 addr=0x5802\n", true},
		{"unexpected fault address 0xc0001\nfatal error: fault\n[signal SIGBUS: bus error code=0x2 addr=0xc0001 pc=0x4]\n", true},
		{"SIGQUIT: quit\nPC=0x1 m=0 sigcode=0\n", false},
		{"panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4]\n", false},
	} {
		if got := restartable(signalCause([]byte(c.report+trace), true), 0); got != c.restart {
			t.Errorf("restart after %q: %v, want %v", strings.SplitN(c.report, "\n", 2)[0], got, c.restart)
		}
	}
	why := restartWhy(signalCause([]byte("SIGSEGV: segmentation violation\nPC=0x1 m=0 sigcode=0 addr=0x5802\n"+trace), true))
	if want := "restarted after signal SIGSEGV from another process (pid 22530): no fault"; !strings.Contains(why, want) {
		t.Errorf("the restarted explorer says %q, want %q", why, want)
	}
}

// TestHangUpFromAnEndedSupervisorIsNotTheTerminals: the hang-up the
// kernel sends the explorer's child when its supervisor ends (killed by
// kill -9, or crashed) is told as that, not as the terminal closed; a
// hang-up while the supervisor runs still is the terminal's. Before
// (hostile check 50), both said "hung up (the terminal was closed)".
func TestHangUpFromAnEndedSupervisorIsNotTheTerminals(t *testing.T) {
	defer func(pid int, open func() bool) { supervisorPID, terminalOpen = pid, open }(supervisorPID, terminalOpen)
	terminalOpen = func() bool { return false } // the terminal hung up
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(signalled{syscall.SIGHUP})
	supervisorPID = os.Getppid() + 1000000 // not this process's parent: it ended
	end := signalEnd(ctx)
	if want := fmt.Sprintf("the explorer's supervisor (pid %d, the process started) ended without a word", supervisorPID); !strings.Contains(end.Error(), want) || strings.Contains(end.Error(), "terminal was closed") {
		t.Errorf("hung up by the supervisor's end: %q, want %q", end.Error(), want)
	}
	supervisorPID = os.Getppid()
	if end := signalEnd(ctx); !strings.Contains(end.Error(), "the terminal was closed") {
		t.Errorf("hung up with the supervisor running: %q", end.Error())
	}
}

// TestSentSignalToACommandIsToldInALine: a signal another process sends
// that Go answers with a report of every goroutine (kill -SEGV, -ABRT,
// -BUS, -STKFLT), sent to a one-shot command that is not building (a
// search over a cached index, writing its results), ends it in one line
// naming the signal, with 128 + the signal as its status. Before (hostile
// check 50), some 300 lines of report and exit 2.
func TestSentSignalToACommandIsToldInALine(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	t.Parallel() // a home, a library and processes of its own
	bin := buildBinary(t)
	dir, home := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, signalItems, 1); err != nil {
		t.Fatal(err)
	}
	if n, _ := countItems(t, bin, home, dir); n != signalItems {
		t.Fatalf("the index holds %d items, want %d", n, signalItems)
	}
	for _, sig := range []syscall.Signal{syscall.SIGSEGV, syscall.SIGABRT, syscall.SIGBUS, syscall.SIGSTKFLT} {
		t.Run(sigName(sig), func(t *testing.T) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			cmd := exec.Command(bin, "--corpus", dir, "search", everyKindQuery, "--format", "json", "--limit", fmt.Sprint(signalItems))
			cmd.Env = cypxEnv(home)
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = w, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			w.Close()
			// Its results have begun: the command runs, its signals set,
			// and waits on the full pipe.
			if _, err := r.Read(make([]byte, 1)); err != nil {
				t.Fatal(err)
			}
			time.Sleep(100 * time.Millisecond)
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			go func() { bytes.NewBuffer(nil).ReadFrom(r) }()
			cmd.Wait()
			said := stderr.String()
			want := "cypx: ended by a " + sigName(sig) + " sent by another process, not by a fault: nothing was damaged\n"
			if said != want || cmd.ProcessState.ExitCode() != 128+int(sig) {
				t.Errorf("exit %d, %d lines of stderr ending %q; want %d and %q alone", cmd.ProcessState.ExitCode(), strings.Count(said, "\n"), lastLines(said), 128+int(sig), want)
			}
		})
	}
}

// TestSentSignalsToTheExplorerAreToldInALine: a SIGSEGV sent to the
// explorer's process starts it again, its status line saying so; one
// sent to the supervisor (the process the user started) ends the
// explorer and is told in one line, 128 + the signal; the supervisor
// killed outright is told as that by the explorer, never as a hang-up of
// the terminal. Before (hostile check 50): the first gave some 420 lines
// of report and stopped the explorer, exit 2; the second and third said
// only "cypx: hung up (the terminal was closed)", a cause no one saw.
func TestSentSignalsToTheExplorerAreToldInALine(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	s := startTmux(t, 160, 40, fmt.Sprintf("env CYPX_HOME=%s TERM=xterm-256color %s; echo EXIT=$?; sleep 60", home, bin))
	s.waitFor("of 82 items")
	child := explorerChild(t, bin, home)
	if err := syscall.Kill(child, syscall.SIGSEGV); err != nil {
		t.Fatal(err)
	}
	child = nextExplorerChild(t, bin, home, child)
	s.waitFor(fmt.Sprintf("restarted after signal SIGSEGV from another process (pid %d): no fault", os.Getpid()))
	time.Sleep(300 * time.Millisecond)
	if err := syscall.Kill(parentOf(child), syscall.SIGSEGV); err != nil {
		t.Fatal(err)
	}
	s.waitFor("EXIT=139")
	history := s.tmux("capture-pane", "-t", "e2e", "-p", "-S", "-2000")
	if want := "cypx: ended by a SIGSEGV sent by another process, not by a fault: nothing was damaged"; !strings.Contains(history, want) || strings.Contains(history, "goroutine ") || strings.Contains(history, "hung up") {
		t.Errorf("after a SIGSEGV sent to the supervisor, want %q alone:\n%s", want, history)
	}

	s = startTmux(t, 160, 40, fmt.Sprintf("env CYPX_HOME=%s TERM=xterm-256color %s; sleep 60", home, bin))
	s.waitFor("of 82 items")
	child = explorerChild(t, bin, home)
	supervisor := parentOf(child)
	if err := syscall.Kill(supervisor, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	screen := s.waitFor("ended without a word")
	if want := fmt.Sprintf("the explorer's supervisor (pid %d, the process started) ended without a word (killed, or crashed)", supervisor); !strings.Contains(strings.ReplaceAll(screen, "\n", ""), want) || strings.Contains(screen, "hung up") {
		t.Errorf("after the supervisor was killed, want %q:\n%s", want, screen)
	}
}
