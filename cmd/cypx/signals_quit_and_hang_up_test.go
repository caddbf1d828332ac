//go:build linux

package main

import (
	"context"
	"os"
	"strings"
	"syscall"
	"testing"
)

// TestQuitSentToTheExplorerIsNoFatalError: the explorer's process ended
// by a SIGQUIT (its goroutines' report, as Go answers one) is told by the
// supervisor as the signal it was — sent by another process, or the
// terminal's ctrl+\ — its report printed as asked, with the status a
// shell gives it (131), never as a fatal error of cypx's own; a signal
// Go answers with a report (SIGSEGV) sent by another process is told in
// the line as ever, and a real fault is still a fatal error. Before
// (hostile check 51), kill -QUIT said "the explorer stopped on a fatal
// error", exit 2.
func TestQuitSentToTheExplorerIsNoFatalError(t *testing.T) {
	trace := "\ngoroutine 0 gp=0x1 m=0 [idle]:\nruntime.futex(0x1)\n"
	for _, c := range []struct {
		report, words string
		code          int
		printed       bool
	}{
		{"SIGQUIT: quit\nPC=0x1 m=0 sigcode=0\n", "ended by a SIGQUIT sent by another process, which asks a Go program for its goroutines (above), not by a fault", 131, true},
		{"SIGQUIT: quit\nPC=0x1 m=0 sigcode=128\n", "ended by a SIGQUIT from the terminal (ctrl+\\)", 131, true},
		{"SIGSEGV: segmentation violation\nPC=0x1 m=0 sigcode=0 addr=0x5802\n", "ended by a SIGSEGV sent by another process (pid 22530), not by a fault", 2, false},
		{"panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4]\n", "stopped on a fatal error", 2, true},
	} {
		why, code, printed := crashEnd(signalCause([]byte(c.report+trace), true), 0)
		first := strings.SplitN(c.report, "\n", 2)[0]
		if !strings.Contains(why, c.words) || code != c.code || printed != c.printed {
			t.Errorf("%q: %q, exit %d, report printed %v; want %q, exit %d, printed %v", first, why, code, printed, c.words, c.code, c.printed)
		}
		if strings.HasPrefix(first, "SIGQUIT") && strings.Contains(why, "fatal error") {
			t.Errorf("%q is called a fatal error: %q", first, why)
		}
	}
}

// TestHangUpSentToTheExplorerIsNotTheTerminals: a SIGHUP sent to the
// explorer's process (kill -HUP) while its terminal is still there ends
// it, told as a signal sent by another process, 129; a hang-up with the
// terminal gone is the terminal's as before. Before (hostile check 51),
// both said "hung up (the terminal was closed)".
func TestHangUpSentToTheExplorerIsNotTheTerminals(t *testing.T) {
	defer func(pid int, open func() bool) { supervisorPID, terminalOpen = pid, open }(supervisorPID, terminalOpen)
	supervisorPID = os.Getppid() // the supervisor runs
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(signalled{syscall.SIGHUP})

	terminalOpen = func() bool { return true }
	end := signalEnd(ctx)
	if want := "ended by a SIGHUP sent by another process, not by the terminal closing"; !strings.Contains(end.Error(), want) || end.code != 129 {
		t.Errorf("kill -HUP with the terminal open: %q, exit %d; want %q, 129", end.Error(), end.code, want)
	}
	terminalOpen = func() bool { return false }
	end = signalEnd(ctx)
	if !strings.Contains(end.Error(), "hung up (the terminal was closed)") || end.code != 129 {
		t.Errorf("hang-up with the terminal gone: %q, exit %d", end.Error(), end.code)
	}
}
