//go:build unix

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strconv"
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

// faultRestarts is how many times the supervisor starts the explorer again
// after it stopped on a fault reading a file (SIGBUS): an index cut short
// under it, which the next start finds damaged and rebuilds. A fault that
// comes back after that many is reported like any other crash.
const faultRestarts = 3

// runSupervised runs the explorer (the same command line) in a child
// process and waits for it. It returns false when the explorer should run
// here instead: in the child, in a test, or where the terminal's state
// cannot be read to be restored or the child cannot be started. Otherwise
// it returns the child's exit status as the command's error.
func runSupervised(stderr io.Writer) (bool, error) {
	if parent := os.Getenv(superviseEnv); parent != "" {
		// The child. What it starts (a clipboard tool) is no child of a
		// supervisor. The runtime writes a fatal error's report to the
		// supervisor's pipe as well as to standard error; descriptor 4
		// takes the searches it runs. Descriptors that are not pipes are
		// not the supervisor's, and are left alone.
		os.Unsetenv(superviseEnv)
		if parent != strconv.Itoa(os.Getppid()) {
			// The supervisor ended (a kill -9) before this process could
			// be told (childAttr's signal can be lost in that moment when
			// the hang-up is ignored, under nohup): the explorer does not
			// start, to draw on a terminal with no one waiting for it.
			return true, &exitError{code: 129, err: errors.New("the explorer's supervisor ended before the explorer started")}
		}
		supervisorPID = os.Getppid()
		if isPipe(3) {
			f := os.NewFile(3, "crash report")
			debug.SetCrashOutput(f, debug.CrashOptions{}) // it keeps a copy
			f.Close()
		}
		if isPipe(4) {
			followPipe = os.NewFile(4, "searches")
		}
		return false, nil
	}
	os.Unsetenv(resumeEnv) // only a supervisor passes one on
	os.Unsetenv(resumeWhyEnv)
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
	resume, because, sent := "", "", 0
	for restarts := 0; ; restarts++ {
		run, started := runChild(exe, resume, because)
		if !started {
			if restarts == 0 {
				return false, nil
			}
			return true, &exitError{code: 2, err: fmt.Errorf("the explorer stopped on a fault reading its index and could not be started again")}
		}
		if run.last != "" {
			resume = run.last
		}
		state := run.state
		if state == nil {
			return true, run.err
		}
		status, _ := state.Sys().(syscall.WaitStatus)
		code := state.ExitCode()
		if run.report.Len() == 0 && !status.Signaled() {
			// The child ended by itself, and said why (if it had to). The
			// terminal's modes are put back whenever it failed, for an exit
			// that skipped its own restore (a library's os.Exit); they are
			// what they were before it started.
			if code != 0 {
				term.Restore(int(tty.Fd()), saved)
			}
			if run.passed != 0 {
				// Ended because it was told to: the status says so, as a
				// shell's does (128 + the signal), not success.
				return true, &exitError{code: 128 + int(run.passed), err: errSilent}
			}
			if code != 0 {
				return true, &exitError{code: code, err: errSilent}
			}
			return true, nil
		}
		term.Restore(int(tty.Fd()), saved)
		tty.WriteString(terminalResets)
		// The report's signal, read once for every use below.
		cause := signalCause(run.report.Bytes(), true)
		if restartable(cause, status) && run.passed == 0 && restarts < faultRestarts {
			// A file the explorer had mapped was cut short under it, on a
			// goroutine no recover reaches (bleve's own), or another
			// process sent it a signal Go answers with a crash report:
			// start it again, where it was. Its report is not printed:
			// the explorer's screen takes the terminal at once, and says
			// what happened.
			because = restartWhy(cause)
			if cause.kind == signalSent {
				sent++
			}
			continue
		}
		why, code, report := crashEnd(cause, status)
		if report && run.report.Len() > 0 {
			fmt.Fprintf(stderr, "%s\n", bytes.TrimRight(run.report.Bytes(), "\n"))
		}
		if restarts > 0 && sent == restarts {
			why += fmt.Sprintf(" (started again %d times after signals sent by another process)", restarts)
		} else if restarts > 0 {
			why += fmt.Sprintf(" (started again %d times after faults reading its index)", restarts)
		}
		return true, &exitError{code: code, err: fmt.Errorf("the explorer %s; the terminal was restored", why)}
	}
}

// crashEnd is how the supervisor tells an explorer that ended with a
// crash report (cause, by signalCause) or on a signal (status), and was
// not started again: the words after "the explorer", the command's exit
// status, and whether the report is printed. A signal another process sent
// is told in the line as a command tells it (sentSignalWords), its report
// not printed; a SIGQUIT's report is what it asks for, printed, and the
// end told as asked, from another process or the terminal (ctrl+\), with
// the status a shell gives it (128 + 3), never as a fatal error of cypx's
// own. Before (hostile check 51), kill -QUIT on the explorer's process
// said "the explorer stopped on a fatal error", exit 2.
func crashEnd(c crashSignal, status syscall.WaitStatus) (why string, code int, report bool) {
	switch {
	case c.kind == signalSent && c.told():
		return sentSignalWords(c.name, c.sender), 2, false
	case c.name == "SIGQUIT" && c.kind == signalSent:
		return sentSignalWords(c.name, c.sender), 128 + int(syscall.SIGQUIT), true
	case c.name == "SIGQUIT" && c.kind == signalFaulted:
		return quitWords(`from the terminal (ctrl+\)`), 128 + int(syscall.SIGQUIT), true
	case status.Signaled():
		return fmt.Sprintf("ended on a signal (%v)", status.Signal()), 2, true
	}
	return "stopped on a fatal error", 2, true
}

// childRun is how one run of the explorer's process ended.
type childRun struct {
	state  *os.ProcessState
	err    error
	report bytes.Buffer   // its runtime's crash report, if any
	passed syscall.Signal // a signal passed on to it, if any
	last   string         // the last search it ran, as JSON
}

// runChild starts the explorer's process (resume, if not empty, is the
// search to open on, and why what its status line says of the restart)
// and waits for it. started is false when it could not be started.
func runChild(exe, resume, why string) (run *childRun, started bool) {
	run = &childRun{}
	// The child is told when the thread that starts it ends (childAttr),
	// not the process: the thread is kept until the child has ended.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	reportR, reportW, err := os.Pipe()
	if err != nil {
		return run, false
	}
	followR, followW, err := os.Pipe()
	if err != nil {
		reportR.Close()
		reportW.Close()
		return run, false
	}
	child := exec.Command(exe, os.Args[1:]...)
	child.Stdin, child.Stdout, child.Stderr = os.Stdin, os.Stdout, os.Stderr
	child.Env = append(os.Environ(), superviseEnv+"="+strconv.Itoa(os.Getpid()))
	child.SysProcAttr = childAttr()
	if resume != "" {
		child.Env = append(child.Env, resumeEnv+"="+resume, resumeWhyEnv+"="+why)
	}
	child.ExtraFiles = []*os.File{reportW, followW}
	err = child.Start()
	reportW.Close()
	followW.Close()
	if err != nil {
		reportR.Close()
		followR.Close()
		return run, false
	}
	// ctrl+\ before the explorer takes the keys reaches the whole
	// foreground group, the child too, which answers it; the supervisor
	// waits for the child's answer. An interrupt, a hang-up or a terminate
	// sent to the supervisor alone (kill -INT, timeout -s INT) is passed
	// on, and the explorer ends as it ends on one sent to it ("cypx:
	// interrupted", 130). ctrl+c is a key once the explorer has the
	// terminal (raw mode); before that, the terminal's interrupt reaches
	// the child as well as the supervisor, and the child, ended by the
	// first, takes the second as the same end. Before (hostile check 52),
	// SIGINT was ignored here, and kill -INT on the supervisor did nothing.
	// Set only once the child runs: had it not started, the explorer runs
	// here with main's handling intact.
	signal.Ignore(syscall.SIGQUIT)
	pass := make(chan os.Signal, 2)
	signal.Notify(pass, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	signal.Notify(pass, sentSignals...)
	defer signal.Stop(pass)
	var reading sync.WaitGroup
	reading.Go(func() {
		io.Copy(&run.report, io.LimitReader(reportR, crashReportLimit))
		io.Copy(io.Discard, reportR) // the rest, so the child never blocks
		reportR.Close()
	})
	reading.Go(func() {
		run.last = lastLine(followR)
		followR.Close()
	})
	done := make(chan error, 1)
	go func() { done <- child.Wait() }()
	for waiting := true; waiting; {
		select {
		case s := <-pass:
			run.passed = s.(syscall.Signal)
			if isSentSignal(run.passed) {
				// Sent to the supervisor (sentSignals, caught by main's
				// context): the explorer is ended as by SIGTERM, and the
				// command ends telling the signal (signalEnd).
				s = syscall.SIGTERM
			}
			child.Process.Signal(s)
		case run.err = <-done:
			waiting = false
		}
	}
	reading.Wait()
	run.state = child.ProcessState
	return run, true
}

// followLimit bounds one search line from the child: a query is at most
// searchbox.MaxChars characters, its filters a few ids each.
const followLimit = 64 << 10

// lastLine reads r to its end and returns its last whole line: one
// longer than followLimit is passed over, and the lines after it are still
// read (a scanner stops at the first long line, and the restart opened on
// a search from before it); a last line with no newline, cut off by the
// child's end mid-write, is no whole line.
func lastLine(r io.Reader) string {
	br := bufio.NewReaderSize(r, 4096)
	last := ""
	var line []byte
	long := false
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			if !long {
				line = append(line, chunk...)
				long = len(line) > followLimit
				if long {
					line = line[:0]
				}
			}
			continue
		}
		if err != nil {
			return last // the rest, had it no newline, was cut off
		}
		if !long {
			line = append(line, chunk[:len(chunk)-1]...)
			if len(line) <= followLimit {
				last = string(line)
			}
		}
		line, long = line[:0], false
	}
}

// restartable reports whether the child stopped on what the build's
// watcher tells in words (crashSignal.told, by the one reading of a
// report, signalCause): a fault on a mapped file cut short (SIGBUS), or a
// signal another process sent (kill -SEGV, -BUS, -ABRT…, but SIGQUIT,
// whose report is what it asks for), or a SIGBUS ending it outright. The
// supervisor starts the explorer again after each: a restart costs only
// the search it resumes, and its status line says why (restartWhy); a
// SIGBUS sent to it is how a fault that no file can be made to raise on
// cue is shown to it. Before, only a SIGBUS was: a SIGSEGV or SIGABRT sent
// by kill stopped the explorer with a report of some 420 lines.
func restartable(c crashSignal, status syscall.WaitStatus) bool {
	if status.Signaled() && status.Signal() == syscall.SIGBUS {
		return true
	}
	return c.told()
}

// restartWhy is what the status line of the explorer started again after
// the crash report says: a fault reading its index, or a signal another
// process sent, by the one reading of a report's signal (signalCause), as
// the build's watcher tells them apart. Before, a SIGBUS sent by kill was
// called a fault reading the index, which nothing had damaged.
func restartWhy(c crashSignal) string {
	if c.kind != signalSent {
		return resumedWhy
	}
	return "The explorer was restarted after signal " + c.name + " from " + senderWords(c.sender) + ": no fault, its index was not damaged"
}

// signalKind is what a crash report's first lines say of the signal it
// ended on.
type signalKind int

const (
	signalUnknown signalKind = iota // not yet said: its lines are still coming
	signalNone                      // no signal: a fatal error, a panic
	signalFaulted                   // raised by the kernel: a fault (on a mapped file, for SIGBUS)
	signalSent                      // sent by another process (kill)
)

// crashSignal is the signal a crash report says the process ended on.
type crashSignal struct {
	kind   signalKind
	name   string // "SIGBUS", "SIGSEGV"… ("" for signalNone and signalUnknown)
	sender int    // for one sent, the sender's process id where the report gives it (0: not known)
}

// told reports whether the watcher of a build says what ended it in
// words, in place of the runtime's report: a fault on a mapped file (a
// SIGBUS the kernel raised: a file of the index cut short), or any signal
// another process sent (kill -SEGV, -ILL, -TRAP, -ABRT, -FPE, -SYS, -BUS:
// nothing faulted, and the report of every goroutine says nothing the
// user can act on), but SIGQUIT, whose report is what it asks for (Go's
// convention: ctrl+\ or kill -QUIT asks a program for its goroutines).
// A real fault of any other signal (a nil pointer, SIGSEGV) is a bug in
// cypx: its report is passed on as it came.
func (c crashSignal) told() bool {
	switch c.kind {
	case signalFaulted:
		return c.name == "SIGBUS"
	case signalSent:
		return c.name != "SIGQUIT"
	}
	return false
}

// clears reports whether the build's folder is removed after the crash:
// after every signal told, and after a SIGQUIT (its report passed on),
// sent by kill or by the terminal's ctrl+\ (whose code, SI_KERNEL, is
// positive: no SIGQUIT is a fault).
func (c crashSignal) clears() bool {
	return c.told() || (c.kind != signalNone && c.name == "SIGQUIT")
}

// signalHead bounds the start of a report that says what signal it ended on:
// its signal's line comes first, or after two short ones.
const signalHead = 4 << 10

// signalCause reads the first lines of the runtime's report on a crash
// (whole: all of it has come) and says whether it ended on a signal,
// which, from where, and for one sent, the sender's process id where the
// report gives it (0 if not): the one reading of a report's signal, the
// build's watcher's and the explorer's supervisor's. The runtime gives
// the signal's code in one of two lines: "[signal SIGBUS: bus error
// code=0x2 addr=… pc=…]" (a fault met by a goroutine), or "SIGBUS: bus
// error" then "PC=… m=… sigcode=2 addr=…" (met in the runtime, or sent;
// addr only for SIGSEGV and SIGBUS). The kernel's codes for a fault are
// positive (BUS_ADRERR, 2, for a mapped file cut short; SEGV_MAPERR, 1);
// a signal sent by a process has one of zero or below (SI_USER by kill,
// SI_TKILL, SI_QUEUE), which no fault has. Only whole lines are read:
// the runtime writes its report a piece at a time.
func signalCause(head []byte, whole bool) crashSignal {
	if len(head) > signalHead {
		head, whole = head[:signalHead], true
	}
	name := ""
	for len(head) > 0 {
		line, rest, ended := bytes.Cut(head, []byte("\n"))
		if !ended && !whole {
			break
		}
		head = rest
		switch {
		case bytes.HasPrefix(line, []byte("[signal SIG")):
			n, _, _ := bytes.Cut(line[len("[signal "):], []byte(":"))
			return signalFrom(line, string(n), " code=0x", 16)
		case name == "" && signalLine(line):
			n, _, _ := bytes.Cut(line, []byte(":"))
			name = string(n)
		case name != "" && bytes.HasPrefix(line, []byte("PC=")):
			return signalFrom(line, name, " sigcode=", 10)
		case name != "", bytes.HasPrefix(line, []byte("goroutine ")):
			return crashSignal{kind: signalNone} // the traceback began with no signal's code
		}
	}
	if whole {
		return crashSignal{kind: signalNone}
	}
	return crashSignal{kind: signalUnknown}
}

// signalFrom reads a signal's code (after mark, in base) and address from
// the runtime's line giving them.
func signalFrom(line []byte, name, mark string, base int) crashSignal {
	code, ok := numberAfter(line, mark, base)
	if !ok {
		return crashSignal{kind: signalNone}
	}
	// The runtime prints a negative code as the 64-bit number it is.
	if code > 0 && code <= math.MaxInt32 {
		return crashSignal{kind: signalFaulted, name: name}
	}
	addr, _ := numberAfter(line, " addr=0x", 16)
	return crashSignal{kind: signalSent, name: name, sender: sendersPID(addr)}
}

// numberAfter reads the number written in base after mark in line.
func numberAfter(line []byte, mark string, base int) (uint64, bool) {
	_, rest, ok := bytes.Cut(line, []byte(mark))
	if !ok {
		return 0, false
	}
	end := bytes.IndexAny(rest, " ]")
	if end < 0 {
		end = len(rest)
	}
	n, err := strconv.ParseUint(string(rest[:end]), base, 64)
	return n, err == nil
}

// isPipe reports whether descriptor fd is open on a pipe.
func isPipe(fd int) bool {
	var st syscall.Stat_t
	return syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFIFO
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
