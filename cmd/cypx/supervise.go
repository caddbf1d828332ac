package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"

	"golang.org/x/term"
)

// The explorer runs in a child process of its own, watched by the process
// the user started (the supervisor), so that no way the explorer can end
// leaves the terminal broken. Most failures are recovered where they
// happen: Bubble Tea recovers a panic in its loop and restores the
// terminal, and cypx's own reads of the index turn a fault on a damaged
// file into an error. But bleve runs parts of a search on goroutines it
// starts itself (a prefix's dictionary walk, one per segment), where a
// fault on a file cut short under it is a crash no recover can reach; a
// Go runtime fatal error (out of memory) cannot be recovered at all; and
// the kernel can kill a process outright. Each of those ended with the
// terminal in raw mode on the alternative screen, the report drawn over
// the explorer's last frame. The supervisor waits for the child, and when
// it did not end by itself (a crash report, or a signal) puts the terminal
// back as it found it, then prints the report, which the child's runtime
// wrote to a pipe besides its standard error (debug.SetCrashOutput).

// superviseEnv marks the child: an explorer started with it set runs
// unwatched. Only the supervisor sets it.
const superviseEnv = "CYPX_EXPLORER_CHILD"

// supervise is set by main: the explorer of a real process is watched; an
// explorer run in process by a test is not (there, the executable is the
// test binary).
var supervise bool

// crashReportLimit bounds the crash report the supervisor keeps: its
// start says what failed and where.
const crashReportLimit = 64 << 10

// terminalResets undo what the explorer may have turned on, in the order
// a terminal needs: leave the alternative screen, show the cursor, and end
// mouse and focus reporting, bracketed paste and the enhanced keyboard
// modes. A terminal ignores the ones it never had on.
const terminalResets = "\x1b[?1049l\x1b[?25h" +
	"\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l\x1b[?1004l\x1b[?2004l" +
	"\x1b[<u\x1b[>4;0m\x1b[0m\r\n"

// runSupervised runs the explorer (the same command line) in a child
// process and waits for it. It returns false when the explorer should run
// here instead: in the child, in a test, or where the terminal's state
// cannot be read to be restored. Otherwise it returns the child's exit
// status as the command's error.
func runSupervised(stderr io.Writer) (bool, error) {
	if os.Getenv(superviseEnv) != "" {
		// The child: the runtime writes a fatal error's report to the
		// supervisor's pipe as well as to standard error. SetCrashOutput
		// keeps a copy of the descriptor; this one is closed either way.
		if f := os.NewFile(3, "crash report"); f != nil {
			debug.SetCrashOutput(f, debug.CrashOptions{})
			f.Close()
		}
		return false, nil
	}
	if !supervise {
		return false, nil
	}
	tty, saved, err := terminalState()
	if err != nil {
		return false, nil
	}
	defer tty.Close()
	exe, err := os.Executable()
	if err != nil {
		return false, nil
	}
	reportR, reportW, err := os.Pipe()
	if err != nil {
		return false, nil
	}
	child := exec.Command(exe, os.Args[1:]...)
	child.Stdin, child.Stdout, child.Stderr = os.Stdin, os.Stdout, os.Stderr
	child.Env = append(os.Environ(), superviseEnv+"=1")
	child.ExtraFiles = []*os.File{reportW}
	// ctrl+c before the explorer takes the keys (and any SIGINT) reaches
	// the whole foreground group, the child too, which answers it; the
	// supervisor waits for the child's answer. A hang-up or a terminate
	// sent to the supervisor alone is passed on.
	signal.Ignore(os.Interrupt)
	defer signal.Reset(os.Interrupt)
	pass := make(chan os.Signal, 2)
	signal.Notify(pass, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(pass)
	if err := child.Start(); err != nil {
		reportR.Close()
		reportW.Close()
		return false, nil
	}
	reportW.Close()
	var report bytes.Buffer
	var reading sync.WaitGroup
	reading.Go(func() {
		io.Copy(&report, io.LimitReader(reportR, crashReportLimit))
		io.Copy(io.Discard, reportR) // the rest, so the child never blocks
		reportR.Close()
	})
	done := make(chan error, 1)
	go func() { done <- child.Wait() }()
	var waitErr error
	for waiting := true; waiting; {
		select {
		case s := <-pass:
			child.Process.Signal(s)
		case waitErr = <-done:
			waiting = false
		}
	}
	reading.Wait()
	state := child.ProcessState
	if state == nil {
		return true, waitErr
	}
	status, _ := state.Sys().(syscall.WaitStatus)
	if report.Len() == 0 && !status.Signaled() {
		// The child ended by itself, and said why (if it had to).
		if code := state.ExitCode(); code != 0 {
			return true, &exitError{code: code, err: errSilent}
		}
		return true, nil
	}
	term.Restore(int(tty.Fd()), saved)
	tty.WriteString(terminalResets)
	why := "stopped on a fatal error"
	if status.Signaled() {
		why = fmt.Sprintf("ended on a signal (%v)", status.Signal())
	}
	if report.Len() > 0 {
		fmt.Fprintf(stderr, "%s\n", bytes.TrimRight(report.Bytes(), "\n"))
	}
	return true, &exitError{code: 2, err: fmt.Errorf("the explorer %s; the terminal was restored", why)}
}

// terminalState opens the terminal the explorer will read keys from
// (standard input if it is one, else /dev/tty, as Bubble Tea does) and
// reads its state, to put it back after a crash.
func terminalState() (*os.File, *term.State, error) {
	tty := os.Stdin
	if !term.IsTerminal(int(tty.Fd())) {
		f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
		if err != nil {
			return nil, nil, err
		}
		tty = f
	} else if f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0); err == nil {
		tty = f // a handle of its own, closed after; stdin is the child's
	}
	saved, err := term.GetState(int(tty.Fd()))
	if err != nil {
		tty.Close()
		return nil, nil, err
	}
	return tty, saved, nil
}

// errSilent is the exit status of a child that printed its own error: the
// supervisor passes the status on and prints nothing more.
var errSilent = errors.New("")
