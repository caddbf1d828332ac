//go:build unix

package main

import (
	"bytes"
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
// cannot be read to be restored or the child cannot be started. Otherwise
// it returns the child's exit status as the command's error.
func runSupervised(stderr io.Writer) (bool, error) {
	if os.Getenv(superviseEnv) != "" {
		// The child. What it starts (a clipboard tool) is no child of a
		// supervisor. The runtime writes a fatal error's report to the
		// supervisor's pipe as well as to standard error; a descriptor 3
		// that is not a pipe is not the supervisor's, and is left alone.
		os.Unsetenv(superviseEnv)
		var st syscall.Stat_t
		if syscall.Fstat(3, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFIFO {
			f := os.NewFile(3, "crash report")
			debug.SetCrashOutput(f, debug.CrashOptions{}) // it keeps a copy
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
	if err := child.Start(); err != nil {
		reportR.Close()
		reportW.Close()
		return false, nil
	}
	reportW.Close()
	// ctrl+c and ctrl+\ before the explorer takes the keys reach the whole
	// foreground group, the child too, which answers them; the supervisor
	// waits for the child's answer. A hang-up or a terminate sent to the
	// supervisor alone is passed on. Set only once the child runs: had it
	// not started, the explorer runs here with main's handling intact.
	signal.Ignore(os.Interrupt, syscall.SIGQUIT)
	pass := make(chan os.Signal, 2)
	signal.Notify(pass, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(pass)
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
	var passed syscall.Signal
	for waiting := true; waiting; {
		select {
		case s := <-pass:
			child.Process.Signal(s)
			passed = s.(syscall.Signal)
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
	code := state.ExitCode()
	if report.Len() == 0 && !status.Signaled() {
		// The child ended by itself, and said why (if it had to). The
		// terminal's modes are put back whenever it failed, for an exit
		// that skipped its own restore (a library's os.Exit); they are
		// what they were before it started.
		if code != 0 {
			term.Restore(int(tty.Fd()), saved)
		}
		if passed != 0 {
			// Ended because it was told to: the status says so, as a
			// shell's does (128 + the signal), not success.
			return true, &exitError{code: 128 + int(passed), err: errSilent}
		}
		if code != 0 {
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

// terminalState opens the terminal the explorer will read keys from, as a
// handle of its own (/dev/tty, which is standard input's terminal when
// that is one, as Bubble Tea reads it), and reads its state, to put it back
// after a crash. Standard input itself is never taken: it is the child's.
func terminalState() (*os.File, *term.State, error) {
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return nil, nil, err
	}
	saved, err := term.GetState(int(tty.Fd()))
	if err != nil {
		tty.Close()
		return nil, nil, err
	}
	return tty, saved, nil
}
